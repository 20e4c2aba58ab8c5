---
id: ../../etc/passwd
title: B
---

# B
