"""Pages of the browsable UI, one module per area: short views that read through
claims.selectors and write through the services."""
