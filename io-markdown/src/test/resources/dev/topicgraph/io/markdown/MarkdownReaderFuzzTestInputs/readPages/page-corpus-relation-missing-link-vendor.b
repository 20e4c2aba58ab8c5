---
id: vendor.b
title: B
---

# B
