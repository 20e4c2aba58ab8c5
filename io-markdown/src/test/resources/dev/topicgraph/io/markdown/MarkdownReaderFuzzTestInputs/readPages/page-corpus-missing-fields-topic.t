---
id: topic.t
---

# T
