---
id: vendor.c
title: C
---

# C

## Relations

- enables [X](../../outside/x.md): escapes
