---
id: vendor.d
title: D
---

# D
