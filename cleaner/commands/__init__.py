"""One module per `cleaner` subcommand: each has add_parser(subparsers) and sets args.run."""
