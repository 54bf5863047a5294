"""``python -m reconcile`` does what the ``doisoat`` command does."""

from reconcile.cli import main

if __name__ == "__main__":
    main()
