"""The scaled-out topology, named once: `make run-scaled` (deploy/local.py) starts it on this
machine, deploy/compose.yaml on one host, deploy/k8s/ on many; tests/unit/test_deploy_files.py
checks that they agree."""

# The services, in start order. "rasa" runs REPLICAS times, each on its own port behind nginx.
SERVICES = ("postgres", "redis", "actions", "rasa", "console", "nginx")
# The one-shot step before rasa and the console start: the staff tables to this release's schema.
MIGRATE_STEP = "migrate"
DEFAULT_REPLICAS = 2
# Several action server workers (Sanic processes on one port).
DEFAULT_ACTION_WORKERS = 2

# Ports: nginx takes the public port of `make run`; the rest listen inside.
PUBLIC_PORT = 5005
RASA_PORT = 5005  # in a container; on one machine, replica i listens on FIRST_REPLICA_PORT + i
FIRST_REPLICA_PORT = 5101
ACTION_PORT = 5055
CONSOLE_PORT = 8001
POSTGRES_PORT = 5432
REDIS_PORT = 6379

# The same nginx site everywhere: the official nginx image renders it from /etc/nginx/templates/,
# deploy/local.py with string.Template; both fill in NGINX_PORT and RASA_SERVERS.
NGINX_TEMPLATE = "deploy/nginx/fibro.conf.template"
# Largest request body nginx passes on (the channels check their own, smaller limits).
MAX_BODY = "1m"

# Where each process finds the others (environment variables read by endpoints.yml,
# credentials.yml, records/ and console/).
SHARED_VARIABLES = (
    "TRACKER_STORE_URL",     # PostgreSQL: conversations and the staff records
    "LOCK_STORE_URL",        # Redis: one ticket lock per conversation, shared by the replicas
    "TICKET_LOCK_LIFETIME",  # seconds a crashed replica's ticket holds up its conversation
    "ACTION_SERVER_URL",
    "ACTION_SERVER_TOKEN",   # secret
    "STAFF_RELAY_URL",
    "STAFF_RELAY_TOKEN",     # secret
    "WIDGET_TOKEN_SECRET",   # secret, the same for every replica
)
SECRETS = ("ACTION_SERVER_TOKEN", "STAFF_RELAY_TOKEN", "WIDGET_TOKEN_SECRET", "POSTGRES_PASSWORD")
