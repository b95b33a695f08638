"""`cleaner watch`: the watched-folder service (settings, ledger, watcher and scans, worker pool, lifecycle)."""
