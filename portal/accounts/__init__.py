"""Admin accounts: one account per e-mail address, and changing it only through a link sent
to the new address."""
