"""The store's dialogs: login, accounts, audit log, edit conflicts."""
