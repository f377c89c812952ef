"""deploy/: the image (Dockerfile, entrypoint.sh), compose.yaml and the Kubernetes manifests are
valid for their schemas, checked offline, and agree with deploy/topology.py and with each other."""

import copy
import fnmatch
import hashlib
import json
import os
import re
import shlex
import shutil
import socket
import subprocess
from pathlib import PurePosixPath

import jsonschema
import kubernetes_validate
import pytest
import yaml
from dockerfile_parse import DockerfileParser

from actions.constants import REPO
from deploy import topology

DEPLOY = REPO / "deploy"
K8S = DEPLOY / "k8s"
ENTRYPOINT = DEPLOY / "entrypoint.sh"
# The newest Kubernetes schemas kubernetes-validate 1.28.3 bundles (later releases need
# jsonschema >= 4.18; rasa 3.6 needs < 4.18).
K8S_VERSION = "1.28"
COMPOSE_SCHEMA = REPO / "tests" / "data" / "compose-spec" / "compose-spec.json"
COMPOSE_SCHEMA_SHA256 = "d61cc3df8c6e6a727043e84f3405c69ffd63d341f629db8480f1d2ee5405b10c"
APP_IMAGE = "fibro-assistant:latest"
SECRET_NAME = "fibro-secrets"
APP_SERVICES = {"migrate", "actions", "rasa", "console"}


@pytest.fixture
def offline(monkeypatch):
    """Any network connection fails: the validators must work from their bundled schemas."""
    def refuse(*args, **kwargs):
        raise OSError("this test must not use the network")
    monkeypatch.setattr(socket.socket, "connect", refuse)


# ---- The image ----

def dockerfile_stages():
    """{stage name: [(instruction, value), ...]} in order, from dockerfile-parse."""
    stages = {}
    for item in DockerfileParser(str(DEPLOY / "Dockerfile")).structure:
        if item["instruction"] == "FROM":
            image, _, name = item["value"].partition(" AS ")
            instructions = stages[name.strip()] = [("FROM", image.strip())]
        elif item["instruction"] != "COMMENT":
            instructions.append((item["instruction"], item["value"]))
    return stages


def instructions(stage, name):
    return [value for instruction, value in dockerfile_stages()[stage] if instruction == name]


def stage_env(stage):
    return dict(word.split("=", 1) for value in instructions(stage, "ENV")
                for word in shlex.split(value))


def copies():
    """(stage, --from stage or None, sources, destination) of every COPY."""
    for stage, steps in dockerfile_stages().items():
        for instruction, value in steps:
            if instruction == "COPY":
                words = shlex.split(value)
                flags = dict(word[2:].split("=", 1) for word in words if word.startswith("--"))
                paths = [word for word in words if not word.startswith("--")]
                yield stage, flags.get("from"), paths[:-1], paths[-1]


def dockerignore_patterns():
    lines = (DEPLOY / "Dockerfile.dockerignore").read_text().splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def entrypoint_modes():
    return set(re.findall(r"^  ([a-z]+)\)$", ENTRYPOINT.read_text(), re.MULTILINE))


def test_dockerfile_builds_in_stages_from_a_pinned_python():
    stages = dockerfile_stages()
    assert list(stages) == ["base", "deps", "train", "runtime"]
    assert stages["base"][0] == ("FROM", "python:3.10-slim-bookworm")
    for name, steps in stages.items():
        image = steps[0][1]
        assert image in stages or (":" in image and not image.endswith(":latest")), name


def test_dockerfile_installs_runtime_requirements_only_and_trains_the_model():
    (install,) = instructions("deps", "RUN")
    assert "pip install -r requirements.txt -c constraints.txt" in install
    assert "requirements-dev" not in install
    spacy, train = instructions("train", "RUN")
    assert spacy == "python scripts/build_spacy_pipeline.py build/spacy_en"
    assert train == "rasa train --fixed-model-name fibro --out models"
    assert stage_env("base")["RASA_TELEMETRY_ENABLED"] == "false"
    # The model and the pipeline reach the runtime stage where the entrypoint and config.yml
    # look for them.
    from_train = {(tuple(sources), destination) for stage, source_stage, sources, destination
                  in copies() if stage == "runtime" and source_stage == "train"}
    assert from_train == {(("/app/build/spacy_en",), "build/spacy_en/"),
                          (("/app/models",), "models/")}
    assert "--model models/fibro.tar.gz" in ENTRYPOINT.read_text()
    pipeline = yaml.safe_load((REPO / "config.yml").read_text())["pipeline"]
    assert {"name": "SpacyNLP", "model": "build/spacy_en"} in pipeline


def test_every_copy_source_exists_and_is_not_dockerignored():
    stages = list(dockerfile_stages())
    patterns = dockerignore_patterns()
    for stage, source_stage, sources, _ in copies():
        if source_stage:
            assert stages.index(source_stage) < stages.index(stage)
            continue
        for source in sources:
            assert (REPO / source).exists(), f"COPY {source} in stage {stage}: not in the repo"
            paths = [source, *(str(parent) for parent in PurePosixPath(source).parents)]
            ignored = [p for p in patterns for path in paths if fnmatch.fnmatch(path, p)]
            assert not ignored, f"COPY {source} is excluded by {ignored}"


def test_dockerignore_keeps_local_state_and_secrets_out():
    assert {".git", ".venv", ".env", "var", "build", "models", "reports",
            "tests/artifacts"} <= set(dockerignore_patterns())


def test_runtime_runs_the_entrypoint_as_a_numeric_non_root_user():
    (user,) = instructions("runtime", "USER")
    uid, _, gid = user.partition(":")
    assert uid.isdigit() and int(uid) != 0 and gid.isdigit()
    (workdir,) = instructions("base", "WORKDIR")
    (destination,) = [destination for stage, _, sources, destination in copies()
                      if stage == "runtime" and sources == ["deploy/entrypoint.sh"]]
    (entrypoint,) = instructions("runtime", "ENTRYPOINT")
    assert json.loads(entrypoint) == [f"{workdir}/{destination}entrypoint.sh"]
    assert json.loads(instructions("runtime", "CMD")[0])[0] in entrypoint_modes()
    env = stage_env("runtime")
    assert (env["ACTION_PORT"], env["STAFF_PORT"]) == (str(topology.ACTION_PORT),
                                                       str(topology.CONSOLE_PORT))
    assert env["ACTION_HOST"] == env["STAFF_HOST"] == "0.0.0.0"


def test_runtime_image_has_the_code_each_process_needs():
    copied = {source for stage, source_stage, sources, _ in copies()
              if stage == "runtime" and not source_stage for source in sources}
    modules = re.findall(r"python -m ([\w.]+)", ENTRYPOINT.read_text())
    assert len(modules) == 4
    for module in modules:
        path = REPO.joinpath(*module.split("."))
        assert path.with_suffix(".py").is_file() or (path / "__main__.py").is_file(), module
        assert module.split(".")[0] in copied, module
    # The model's own graph components (config.yml) are imported when rasa loads it.
    pipeline = yaml.safe_load((REPO / "config.yml").read_text())["pipeline"]
    for component in pipeline:
        if "." in component["name"]:
            assert component["name"].split(".")[0] in copied, component["name"]
    assert {"endpoints.yml", "credentials.yml"} <= {source.split("/")[-1] for source in copied}


@pytest.fixture
def entrypoint_run(tmp_path):
    """Run a copy of entrypoint.sh with `python` and `rasa` stubs that record their arguments."""
    (tmp_path / "deploy").mkdir()
    shutil.copy2(ENTRYPOINT, tmp_path / "deploy" / "entrypoint.sh")
    stubs = tmp_path / "bin"
    stubs.mkdir()
    for name in ("python", "rasa"):
        stub = stubs / name
        stub.write_text('#!/bin/sh\n{ echo "$PWD"; echo "${0##*/}"; printf "%s\\n" "$@"; '
                        'echo; } >> "$CALLS"\nexit "${STUB_EXIT:-0}"\n')
        stub.chmod(0o755)
    calls = tmp_path / "calls"

    def run(mode, **env):
        calls.write_text("")
        environ = {"PATH": f"{stubs}:/usr/bin:/bin", "CALLS": str(calls), **env}
        done = subprocess.run([str(tmp_path / "deploy" / "entrypoint.sh"), mode], env=environ,
                              capture_output=True, text=True, timeout=30)
        recorded = [block.split("\n") for block in calls.read_text().split("\n\n") if block]
        assert all(call[0] == str(tmp_path) for call in recorded), "not run from the repo root"
        return done.returncode, [call[1:] for call in recorded]
    return run


@pytest.mark.parametrize("mode, module", [("migrate", "records.migrate"),
                                          ("actions", "actions.server"),
                                          ("console", "console")])
def test_entrypoint_runs_each_python_process(entrypoint_run, mode, module):
    assert entrypoint_run(mode) == (0, [["python", "-m", module]])


def test_entrypoint_runs_rasa_with_filtered_credentials_and_cors_words(entrypoint_run):
    code, calls = entrypoint_run("rasa", CORS_ORIGINS="https://a.example  https://b.example *")
    assert code == 0
    assert calls == [
        ["python", "-m", "connectors.messaging.config", "credentials.yml", "var/credentials.yml"],
        ["rasa", "run", "--model", "models/fibro.tar.gz", "--endpoints", "endpoints.yml",
         "--credentials", "var/credentials.yml", "--interface", "0.0.0.0",
         "--port", str(topology.RASA_PORT), "--cors", "https://a.example", "https://b.example",
         "*"]]


def test_entrypoint_stops_on_a_half_configured_channel_or_an_unknown_mode(entrypoint_run):
    code, calls = entrypoint_run("rasa", STUB_EXIT="2")
    assert code == 2 and [call[0] for call in calls] == ["python"]
    assert entrypoint_run("shell") == (2, [])


# ---- compose.yaml ----

def compose():
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text())


def service_env(name):
    environment = compose()["services"][name].get("environment", {})
    assert isinstance(environment, dict)
    return environment


def compose_errors(document):
    schema = json.loads(COMPOSE_SCHEMA.read_text())
    validator = jsonschema.validators.validator_for(schema)(schema)
    return [error.message for error in validator.iter_errors(document)]


def test_vendored_compose_schema_is_the_recorded_one():
    assert hashlib.sha256(COMPOSE_SCHEMA.read_bytes()).hexdigest() == COMPOSE_SCHEMA_SHA256
    assert json.loads(COMPOSE_SCHEMA.read_text())["title"] == "Compose Specification"


def test_compose_file_matches_the_compose_specification(offline):
    assert compose_errors(compose()) == []


@pytest.mark.parametrize("breakage", ["unknown condition", "misspelt key", "ports as a map"])
def test_compose_schema_rejects_broken_files(offline, breakage):
    broken = copy.deepcopy(compose())
    rasa = broken["services"]["rasa"]
    if breakage == "unknown condition":
        rasa["depends_on"]["redis"]["condition"] = "service_ready"
    elif breakage == "misspelt key":
        rasa["healtcheck"] = rasa.pop("healthcheck")
    else:
        broken["services"]["nginx"]["ports"] = {"5005": 5005}
    assert compose_errors(broken)


def test_compose_runs_the_topology():
    services = compose()["services"]
    assert set(services) == set(topology.SERVICES) | {topology.MIGRATE_STEP}
    assert services["rasa"]["deploy"]["replicas"] == topology.DEFAULT_REPLICAS
    assert service_env("actions")["ACTION_WORKERS"] == str(topology.DEFAULT_ACTION_WORKERS)
    for name in APP_SERVICES:
        assert services[name]["image"] == APP_IMAGE
        assert services[name]["build"] == {"context": "..", "dockerfile": "deploy/Dockerfile"}
        assert services[name]["command"][0] in entrypoint_modes()
    for name in set(services) - APP_SERVICES:
        image = services[name]["image"]
        assert ":" in image and not image.endswith(":latest"), image


def test_compose_nginx_serves_the_shared_site_on_the_public_port():
    nginx = compose()["services"]["nginx"]
    source, target, mode = nginx["volumes"][0].split(":")
    assert (DEPLOY / source).resolve() == REPO / topology.NGINX_TEMPLATE
    assert target == "/etc/nginx/templates/" + os.path.basename(topology.NGINX_TEMPLATE)
    assert mode == "ro"
    assert nginx["image"].startswith("nginx:1.2")
    assert nginx["environment"]["NGINX_PORT"] == str(topology.PUBLIC_PORT)
    assert f"server rasa:{topology.RASA_PORT} " in nginx["environment"]["RASA_SERVERS"]
    template = (REPO / topology.NGINX_TEMPLATE).read_text()
    assert {"${NGINX_PORT}", "${RASA_SERVERS}"} <= set(re.findall(r"\$\{\w+\}", template))


def test_compose_publishes_only_nginx_and_the_console_on_loopback():
    published = {name: service["ports"] for name, service in compose()["services"].items()
                 if "ports" in service}
    assert published == {
        "nginx": [f"{topology.PUBLIC_PORT}:{topology.PUBLIC_PORT}"],
        "console": [f"127.0.0.1:{topology.CONSOLE_PORT}:{topology.CONSOLE_PORT}"]}


def test_compose_gives_rasa_every_shared_variable_pointing_at_the_services():
    env = service_env("rasa")
    assert set(topology.SHARED_VARIABLES) <= set(env)
    assert env["LOCK_STORE_URL"] == f"redis://redis:{topology.REDIS_PORT}/1"
    assert env["ACTION_SERVER_URL"] == f"http://actions:{topology.ACTION_PORT}/webhook"
    relay = f"http://nginx:{topology.PUBLIC_PORT}/webhooks/live/relay"
    assert env["STAFF_RELAY_URL"] == service_env("console")["STAFF_RELAY_URL"] == relay


def test_compose_takes_every_secret_from_the_environment():
    reference = r"\$\{%s:\?[^}]+\}"
    seen = set()
    for name, service in compose()["services"].items():
        for key, value in service_env(name).items():
            if key in topology.SECRETS:
                assert re.fullmatch(reference % key, value), f"{name}: {key} is not a reference"
                seen.add(key)
            if key == "TRACKER_STORE_URL":
                assert re.fullmatch(rf"postgresql://fibro:{reference % 'POSTGRES_PASSWORD'}"
                                    rf"@postgres:{topology.POSTGRES_PORT}/fibro", value)
    assert seen == set(topology.SECRETS)
    # Never a default value: compose refuses to start without each secret.
    text = (DEPLOY / "compose.yaml").read_text()
    for secret in topology.SECRETS:
        uses = re.findall(r"\$\{%s([^}]*)\}" % secret, text)
        assert uses and all(use.startswith(":?") for use in uses), secret


def test_compose_starts_in_order_with_health_checks_and_limits():
    services = compose()["services"]
    for name in ("rasa", "console", "actions"):
        assert services[name]["depends_on"][topology.MIGRATE_STEP] == {
            "condition": "service_completed_successfully"}
    assert services["migrate"]["restart"] == "no"
    assert services["migrate"]["depends_on"] == {"postgres": {"condition": "service_healthy"}}
    for name, service in services.items():
        if name != topology.MIGRATE_STEP:
            assert service["healthcheck"]["test"][0] == "CMD", name
        for needed, condition in service.get("depends_on", {}).items():
            assert condition["condition"] in ("service_healthy", "service_completed_successfully")
            if condition["condition"] == "service_healthy":
                assert "healthcheck" in services[needed], f"{name} waits for {needed}"
        assert set(service["deploy"]["resources"]["limits"]) == {"cpus", "memory"}, name
    probes = {name: " ".join(services[name]["healthcheck"]["test"]) for name in services
              if name != topology.MIGRATE_STEP}
    assert probes["actions"].endswith(f"127.0.0.1:{topology.ACTION_PORT}/health")
    assert probes["rasa"].endswith(f"127.0.0.1:{topology.RASA_PORT}/")
    assert probes["console"].endswith(f"127.0.0.1:{topology.CONSOLE_PORT}/health")
    assert probes["nginx"].endswith(f"127.0.0.1:{topology.PUBLIC_PORT}/nginx-health")


def test_compose_keeps_postgres_and_redis_data_in_named_volumes():
    document = compose()
    services = document["services"]
    assert "postgres-data:/var/lib/postgresql/data" in services["postgres"]["volumes"]
    assert "redis-data:/data" in services["redis"]["volumes"]
    assert set(document["volumes"]) == {"postgres-data", "redis-data"}
    assert services["redis"]["command"][-2:] == ["--appendonly", "yes"]
    assert services["postgres"]["environment"]["POSTGRES_USER"] == "fibro"


# ---- Kubernetes ----

def k8s_documents():
    return [(path.name, document) for path in sorted(K8S.glob("*.yaml"))
            if path.name != "kustomization.yaml"
            for document in yaml.safe_load_all(path.read_text()) if document]


def k8s(kind, name):
    (found,) = [document for _, document in k8s_documents()
                if document["kind"] == kind and document["metadata"]["name"] == name]
    return found


def pod(workload):
    return workload["spec"]["template"]["spec"]


def workloads():
    return [document for _, document in k8s_documents()
            if document["kind"] in ("Deployment", "StatefulSet")]


def env_names(container):
    """The variables a container gets, from its env and the ConfigMaps it loads."""
    names = {item["name"] for item in container.get("env", [])}
    for source in container.get("envFrom", []):
        if "configMapRef" in source:
            names |= set(k8s("ConfigMap", source["configMapRef"]["name"])["data"])
    return names


def memory_bytes(quantity):
    number, unit = re.fullmatch(r"(\d+)(Mi|Gi)", quantity).groups()
    return int(number) * {"Mi": 2 ** 20, "Gi": 2 ** 30}[unit]


@pytest.mark.parametrize("name, document", k8s_documents(),
                         ids=[f"{name}:{doc['kind']}/{doc['metadata']['name']}"
                              for name, doc in k8s_documents()])
def test_k8s_manifest_matches_the_kubernetes_schema(offline, name, document):
    assert kubernetes_validate.validate(document, K8S_VERSION, strict=True) == K8S_VERSION


@pytest.mark.parametrize("breakage", ["no selector", "replicas as text", "misspelt field"])
def test_kubernetes_schema_rejects_broken_manifests(offline, breakage):
    broken = copy.deepcopy(k8s("Deployment", "rasa"))
    if breakage == "no selector":
        del broken["spec"]["selector"]
    elif breakage == "replicas as text":
        broken["spec"]["replicas"] = "two"
    else:
        pod(broken)["containers"][0]["readinessProbe"]["httpGett"] = {"path": "/", "port": 5005}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, K8S_VERSION, strict=True)


def test_kustomization_lists_every_manifest():
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text())
    assert sorted(kustomization["resources"]) == sorted(
        path.name for path in K8S.glob("*.yaml") if path.name != "kustomization.yaml")


def test_k8s_runs_the_topology():
    kinds = {(document["kind"], document["metadata"]["name"]) for _, document in k8s_documents()}
    for name in ("rasa", "actions", "console"):
        assert {("Deployment", name), ("Service", name)} <= kinds
    for name in ("postgres", "redis"):
        statefulset, service = k8s("StatefulSet", name), k8s("Service", name)
        assert service["spec"]["clusterIP"] == "None"
        assert statefulset["spec"]["serviceName"] == name
        claims = {claim["metadata"]["name"]
                  for claim in statefulset["spec"]["volumeClaimTemplates"]}
        mounts = {mount["name"] for mount in pod(statefulset)["containers"][0]["volumeMounts"]}
        assert claims and claims == mounts
    assert k8s("Deployment", "rasa")["spec"]["replicas"] == topology.DEFAULT_REPLICAS
    assert k8s("ConfigMap", "fibro-config")["data"]["ACTION_WORKERS"] == str(
        topology.DEFAULT_ACTION_WORKERS)
    assert not [document for _, document in k8s_documents() if document["kind"] == "Secret"]


def test_k8s_services_reach_their_pods_on_the_topology_ports():
    ports = {"rasa": topology.RASA_PORT, "actions": topology.ACTION_PORT,
             "console": topology.CONSOLE_PORT, "postgres": topology.POSTGRES_PORT,
             "redis": topology.REDIS_PORT}
    for workload in workloads():
        name = workload["metadata"]["name"]
        service = k8s("Service", name)
        labels = workload["spec"]["template"]["metadata"]["labels"]
        assert workload["spec"]["selector"]["matchLabels"].items() <= labels.items()
        assert service["spec"]["selector"].items() <= labels.items()
        (port,) = service["spec"]["ports"]
        container_ports = {p["name"]: p["containerPort"]
                           for p in pod(workload)["containers"][0]["ports"]}
        assert port["port"] == container_ports[port["targetPort"]] == ports[name]


def test_k8s_urls_name_the_services():
    config = k8s("ConfigMap", "fibro-config")["data"]
    assert config["LOCK_STORE_URL"] == f"redis://redis:{topology.REDIS_PORT}/1"
    assert config["ACTION_SERVER_URL"] == f"http://actions:{topology.ACTION_PORT}/webhook"
    assert config["STAFF_RELAY_URL"] == f"http://rasa:{topology.RASA_PORT}/webhooks/live/relay"


def test_k8s_rasa_gets_every_shared_variable_and_migrates_first():
    rasa = pod(k8s("Deployment", "rasa"))
    (container,) = rasa["containers"]
    assert set(topology.SHARED_VARIABLES) <= env_names(container)
    for name in ("rasa", "console"):
        (init,) = pod(k8s("Deployment", name))["initContainers"]
        assert init["args"] == [topology.MIGRATE_STEP] and "TRACKER_STORE_URL" in env_names(init)
    startup = container["startupProbe"]
    assert startup["periodSeconds"] * startup["failureThreshold"] >= 120
    assert container["readinessProbe"]["httpGet"] == {"path": "/", "port": "http"}
    assert memory_bytes(container["resources"]["limits"]["memory"]) >= 1.5 * 2 ** 30


def test_k8s_takes_every_secret_from_fibro_secrets():
    reference = "$(POSTGRES_PASSWORD)"
    seen = set()
    for workload in workloads():
        spec = pod(workload)
        for container in spec.get("initContainers", []) + spec["containers"]:
            names = [item["name"] for item in container.get("env", [])]
            for item in container.get("env", []):
                if item["name"] in topology.SECRETS:
                    assert "value" not in item
                    assert item["valueFrom"]["secretKeyRef"] == {"name": SECRET_NAME,
                                                                 "key": item["name"]}
                    seen.add(item["name"])
                elif reference in item.get("value", ""):
                    assert names.index("POSTGRES_PASSWORD") < names.index(item["name"])
                    assert item["value"] == (f"postgresql://fibro:{reference}@postgres:"
                                             f"{topology.POSTGRES_PORT}/fibro")
                else:
                    assert "@" not in item.get("value", ""), item["name"]
    assert seen == set(topology.SECRETS)
    assert not set(topology.SECRETS) & set(k8s("ConfigMap", "fibro-config")["data"])


def test_k8s_containers_have_probes_resources_and_pinned_images():
    uid = int(instructions("runtime", "USER")[0].split(":")[0])
    for workload in workloads():
        spec = pod(workload)
        assert spec["securityContext"]["runAsNonRoot"] is True
        for container in spec.get("initContainers", []) + spec["containers"]:
            where = f"{workload['metadata']['name']}/{container['name']}"
            for kind in ("requests", "limits"):
                assert set(container["resources"][kind]) == {"cpu", "memory"}, where
            if container["image"] == APP_IMAGE:
                assert container["args"][0] in entrypoint_modes(), where
                assert spec["securityContext"]["runAsUser"] == uid, where
            else:
                assert ":" in container["image"] and not container["image"].endswith(":latest")
        for container in spec["containers"]:
            assert {"readinessProbe", "livenessProbe"} <= set(container), container["name"]
    services = compose()["services"]
    for name in ("postgres", "redis"):
        assert pod(k8s("StatefulSet", name))["containers"][0]["image"] == services[name]["image"]


def test_k8s_autoscales_rasa_from_the_default_replicas():
    autoscalers = [document for _, document in k8s_documents()
                   if document["kind"] == "HorizontalPodAutoscaler"]
    for autoscaler in autoscalers:
        target = autoscaler["spec"]["scaleTargetRef"]
        assert target["apiVersion"] == "apps/v1" and k8s(target["kind"], target["name"])
    (rasa,) = [a for a in autoscalers if a["spec"]["scaleTargetRef"]["name"] == "rasa"]
    assert rasa["spec"]["scaleTargetRef"]["kind"] == "Deployment"
    assert (rasa["spec"]["minReplicas"], rasa["spec"]["maxReplicas"]) == (
        topology.DEFAULT_REPLICAS, 8)
    assert rasa["spec"]["metrics"] == [{"type": "Resource", "resource": {
        "name": "cpu", "target": {"type": "Utilization", "averageUtilization": 70}}}]


def test_k8s_ingress_limits_bodies_and_pins_socketio_to_one_replica():
    ingresses = [document for _, document in k8s_documents() if document["kind"] == "Ingress"]
    routes = {}
    for ingress in ingresses:
        annotations = ingress["metadata"]["annotations"]
        assert annotations["nginx.ingress.kubernetes.io/proxy-body-size"] == topology.MAX_BODY
        for rule in ingress["spec"]["rules"]:
            for path in rule["http"]["paths"]:
                backend = path["backend"]["service"]
                port_names = {p["name"] for p in k8s("Service", backend["name"])["spec"]["ports"]}
                assert backend["port"]["name"] in port_names
                routes[path["path"]] = (backend["name"], annotations)
    assert routes["/"][0] == routes["/socket.io/"][0] == "rasa"
    socketio = routes["/socket.io/"][1]
    assert socketio["nginx.ingress.kubernetes.io/affinity"] == "cookie"
    assert socketio["nginx.ingress.kubernetes.io/affinity-mode"] == "persistent"
    assert "nginx.ingress.kubernetes.io/affinity" not in routes["/"][1]
