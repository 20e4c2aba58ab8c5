---
id: topic.t
title: T
proposed: 2026-01-01
---

# T

## Musings

Not a section of a topic page.
