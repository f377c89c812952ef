"""`make staff-user NAME=... ROLE=staff|admin`: create a console account or reset one (its role
and password; this also lifts a lock-out and signs it out everywhere). The password comes from
STAFF_PASSWORD, or is asked for twice on the terminal."""

import argparse
import getpass
import os
import sys

from sqlalchemy import create_engine

from console.accounts import ROLES, AccountError, save_account
from console.settings import Settings
from records import audit, migrate


def ask_password() -> str:
    first = getpass.getpass("Password (at least 12 characters): ")
    if getpass.getpass("The same password again: ") != first:
        raise AccountError("the two passwords differ")
    return first


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("name")
    parser.add_argument("role", choices=ROLES)
    args = parser.parse_args(argv)
    try:
        engine = create_engine(Settings.from_environment().database_url, future=True)
        migrate.check_current(engine)
        password = os.environ.get("STAFF_PASSWORD") or ask_password()
        with engine.begin() as connection:
            created = save_account(connection, args.name, args.role, password)
            audit.record(connection, "make staff-user",
                         "created account" if created else "reset account",
                         f"account {args.name}", f"role {args.role}")
    except (AccountError, migrate.SchemaNotCurrent, RuntimeError) as error:
        print(f"make staff-user: {error}", file=sys.stderr)
        return 1
    print(f"{'Created' if created else 'Reset'} {args.role} account {args.name}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
