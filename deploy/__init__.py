"""Running several rasa processes: deploy/local.py on this machine (`make run-scaled`),
compose.yaml on one host, k8s/ on many; deploy/topology.py names what they share."""
