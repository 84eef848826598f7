#!/usr/bin/env python3
"""Prints the YAML documents of a file (or of stdin, as `-`) as one JSON
array, for tests written in Rust to read deploy/ files."""

import json
import sys

import yaml

source = sys.stdin if sys.argv[1] == "-" else open(sys.argv[1], encoding="utf-8")
json.dump(list(yaml.safe_load_all(source)), sys.stdout)
