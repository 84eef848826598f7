#!/usr/bin/env python3
"""Renders a Helm chart as `helm template` would, for the chart's tests.

The official helm binary cannot be installed here (it is no Debian package
and no registry we may use ships it), so this renders the part of Helm's
template language (Go text/template with a few Sprig functions) that
deploy/helm uses: if/else, with, range (lists and maps, with variables),
define/include, pipelines, and the functions in FUNCTIONS. Anything else is
an error naming the template, never a silent guess; a chart change that
needs more is then rendered with real helm (`helm template deploy/helm/innovato`).

    render_chart.py CHART_DIR [-f VALUES.yaml]... [--set key.path=value]...
                    [--release NAME] [--namespace NS] > manifests.yaml
"""

import argparse
import json
import pathlib
import re
import sys

import yaml


class TemplateError(Exception):
    pass


# --- Lexing and parsing -----------------------------------------------------

ACTION = re.compile(r"\{\{(-\s)?(.*?)(\s-)?\}\}", re.S)


def lex(text):
    """Text and action tokens, with `{{-` and `-}}` trimming applied."""
    tokens = []
    position = 0
    trim_next = False
    for match in ACTION.finditer(text):
        chunk = text[position : match.start()]
        if trim_next:
            chunk = chunk.lstrip()
        if match.group(1):
            chunk = chunk.rstrip()
        tokens.append(("text", chunk))
        tokens.append(("action", match.group(2).strip()))
        trim_next = bool(match.group(3))
        position = match.end()
    chunk = text[position:]
    tokens.append(("text", chunk.lstrip() if trim_next else chunk))
    return tokens


WORD = re.compile(
    r'\s*(?:(?P<string>"(?:[^"\\]|\\.)*")|(?P<number>-?\d+)|(?P<paren>[()])'
    r"|(?P<pipe>\|)|(?P<assign>:=)|(?P<comma>,)"
    r"|(?P<term>\$?[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*|\$(?:\.[A-Za-z_][A-Za-z0-9_]*)*|(?:\.[A-Za-z_][A-Za-z0-9_]*)+|\.))"
)


def words(source):
    out = []
    position = 0
    source = source.rstrip()
    while position < len(source):
        match = WORD.match(source, position)
        if not match or match.end() == position:
            raise TemplateError(f"cannot read {source[position:]!r}")
        kind = match.lastgroup
        out.append((kind, match.group(kind)))
        position = match.end()
    return out


def parse_pipeline(tokens):
    """A pipeline: commands separated by `|`; each a list of operands."""
    commands = [[]]
    while tokens:
        kind, value = tokens.pop(0)
        if kind == "pipe":
            commands.append([])
        elif kind == "paren" and value == "(":
            depth, inner = 1, []
            while depth:
                if not tokens:
                    raise TemplateError("unclosed parenthesis")
                token = tokens.pop(0)
                depth += {"(": 1, ")": -1}.get(token[1], 0) if token[0] == "paren" else 0
                if depth:
                    inner.append(token)
            commands[-1].append(("pipeline", parse_pipeline(inner)))
        elif kind in ("string", "number", "term"):
            commands[-1].append((kind, value))
        else:
            raise TemplateError(f"unexpected {value!r}")
    if any(not command for command in commands):
        raise TemplateError("empty command in pipeline")
    return commands


def parse_declaration(source):
    """`$a, $b := pipeline` or `pipeline`: (variable names, pipeline)."""
    tokens = words(source)
    names = []
    if any(kind == "assign" for kind, _ in tokens):
        while tokens[0][0] != "assign":
            kind, value = tokens.pop(0)
            if kind == "term" and value.startswith("$"):
                names.append(value)
            elif kind != "comma":
                raise TemplateError(f"bad declaration {source!r}")
        tokens.pop(0)
    return names, parse_pipeline(tokens)


def parse(tokens, defines, until=("end",), top=False):
    """Nodes up to one of `until`; returns (nodes, the closing keyword, its rest)."""
    nodes = []
    while tokens:
        kind, value = tokens.pop(0)
        if kind == "text":
            if value:
                nodes.append(("text", value))
            continue
        if value.startswith("/*"):
            if not value.endswith("*/"):
                raise TemplateError(f"unclosed comment {value!r}")
            continue
        keyword, _, rest = value.partition(" ")
        rest = rest.strip()
        if keyword in until:
            return nodes, keyword, rest
        if keyword in ("if", "with"):
            nodes.append(parse_branch(keyword, rest, tokens, defines))
        elif keyword == "range":
            names, pipeline = parse_declaration(rest)
            body, closing, _ = parse(tokens, defines, ("end", "else"))
            alternative = parse(tokens, defines)[0] if closing == "else" else []
            nodes.append(("range", names, pipeline, body, alternative))
        elif keyword == "define":
            body, _, _ = parse(tokens, defines)
            defines[json.loads(rest)] = body
        elif keyword in ("end", "else", "template", "block", "break", "continue"):
            raise TemplateError(f"unexpected {{{{ {value} }}}}")
        else:
            names, pipeline = parse_declaration(value)
            nodes.append(("action", names, pipeline))
    if not top:
        raise TemplateError("missing {{ end }}")
    return nodes, None, ""


def parse_branch(keyword, condition, tokens, defines):
    body, closing, rest = parse(tokens, defines, ("end", "else"))
    alternative = []
    if closing == "else":
        if rest.startswith("if ") and keyword == "if":
            alternative = [parse_branch("if", rest[3:].strip(), tokens, defines)]
        else:
            alternative, _, _ = parse(tokens, defines, ("end",))
    return (keyword, parse_pipeline(words(condition)), body, alternative)


def parse_template(text, defines):
    tokens = lex(text)
    nodes, closing, _ = parse(tokens, defines, ("end",), top=True)
    if closing is not None:
        raise TemplateError("{{ end }} without its block")
    return nodes


# --- Evaluation ---------------------------------------------------------------


def truthy(value):
    return value not in (None, False, 0, "") and value != [] and value != {}


def text_of(value):
    if value is None:
        return ""
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, (int, float, str)):
        return str(value)
    raise TemplateError(f"cannot print {type(value).__name__} {value!r}: use toYaml")


def field(value, path, source):
    for name in path:
        if not isinstance(value, dict):
            raise TemplateError(f"nil pointer evaluating {source}")
        value = value.get(name)
    return value


def to_yaml(value):
    return yaml.safe_dump(value, default_flow_style=False, sort_keys=True).rstrip("\n").removesuffix("\n...")


def indent(spaces, text):
    pad = " " * spaces
    return pad + text.replace("\n", "\n" + pad)


def go_printf(form, *args):
    if re.search(r"%[^sdv%]", form):
        raise TemplateError(f"printf verb not supported in {form!r}")
    return form.replace("%v", "%s").replace("%d", "%s") % tuple(text_of(a) for a in args)


def quote(*values):
    return " ".join(json.dumps(text_of(v), ensure_ascii=False) for v in values if v is not None)


FUNCTIONS = {
    "toYaml": to_yaml,
    "nindent": lambda n, text: "\n" + indent(n, text),
    "quote": quote,
    "default": lambda fallback, value=None: value if truthy(value) else fallback,
    "printf": go_printf,
    "trunc": lambda n, text: text[:n],
    "trimSuffix": lambda suffix, text: text.removesuffix(suffix),
    "eq": lambda a, *others: any(a == b for b in others),
    "not": lambda value: not truthy(value),
}


class Renderer:
    def __init__(self, defines):
        self.defines = defines

    def operand(self, operand, dot, variables):
        kind, value = operand
        if kind == "string":
            return json.loads(value)
        if kind == "number":
            return int(value)
        if kind == "pipeline":
            return self.pipeline(value, dot, variables)
        if value == ".":
            return dot
        if value.startswith("."):
            return field(dot, value[1:].split("."), value)
        if value.startswith("$"):
            name, *path = value.split(".")
            if name not in variables:
                raise TemplateError(f"undefined variable {name}")
            return field(variables[name], path, value)
        if value in ("true", "false"):
            return value == "true"
        if value == "nil":
            return None
        raise TemplateError(f"{value} is not a value")

    def command(self, command, dot, variables, piped):
        head_kind, head = command[0]
        if head == "include" or head in FUNCTIONS:
            args = [self.operand(o, dot, variables) for o in command[1:]] + piped
            if head == "include":
                if len(args) != 2 or args[0] not in self.defines:
                    raise TemplateError(f"include of an unknown template {args[:1]}")
                return self.nodes(self.defines[args[0]], args[1], {"$": args[1]})
            try:
                return FUNCTIONS[head](*args)
            except TypeError as error:
                raise TemplateError(f"{head}: {error}") from error
        if head_kind == "term" and re.fullmatch(r"[A-Za-z_]\w*", head) and head not in ("true", "false", "nil"):
            raise TemplateError(f"function {head!r} is not supported")
        if len(command) > 1 or piped:
            raise TemplateError(f"{head} takes no arguments")
        return self.operand(command[0], dot, variables)

    def pipeline(self, commands, dot, variables):
        piped = []
        for command in commands:
            piped = [self.command(command, dot, variables, piped)]
        return piped[0]

    def nodes(self, nodes, dot, variables):
        out = []
        variables = dict(variables)
        for node in nodes:
            kind = node[0]
            if kind == "text":
                out.append(node[1])
            elif kind == "action":
                _, names, pipeline = node
                value = self.pipeline(pipeline, dot, variables)
                if names:
                    variables[names[0]] = value
                else:
                    out.append(text_of(value))
            elif kind in ("if", "with"):
                _, pipeline, body, alternative = node
                value = self.pipeline(pipeline, dot, variables)
                if truthy(value):
                    out.append(self.nodes(body, value if kind == "with" else dot, variables))
                else:
                    out.append(self.nodes(alternative, dot, variables))
            elif kind == "range":
                _, names, pipeline, body, alternative = node
                value = self.pipeline(pipeline, dot, variables)
                if isinstance(value, dict):
                    items = sorted(value.items())
                elif isinstance(value, list):
                    items = list(enumerate(value))
                elif value is None:
                    items = []
                else:
                    raise TemplateError(f"cannot range over {value!r}")
                if not items:
                    out.append(self.nodes(alternative, dot, variables))
                for key, element in items:
                    scope = dict(variables)
                    if len(names) == 1:
                        scope[names[0]] = element
                    elif len(names) == 2:
                        scope[names[0]], scope[names[1]] = key, element
                    out.append(self.nodes(body, element, scope))
        return "".join(out)


# --- The chart ------------------------------------------------------------------


def merge(base, overlay):
    for key, value in overlay.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            merge(base[key], value)
        else:
            base[key] = value
    return base


def set_value(values, assignment):
    path, _, raw = assignment.partition("=")
    value = yaml.safe_load(raw) if raw else ""
    *parents, last = path.split(".")
    for name in parents:
        values = values.setdefault(name, {})
    values[last] = value


def render(chart_dir, values_files, assignments, release, namespace):
    chart_dir = pathlib.Path(chart_dir)
    chart = yaml.safe_load((chart_dir / "Chart.yaml").read_text())
    values = yaml.safe_load((chart_dir / "values.yaml").read_text()) or {}
    for path in values_files:
        merge(values, yaml.safe_load(pathlib.Path(path).read_text()) or {})
    for assignment in assignments:
        set_value(values, assignment)
    root = {
        "Values": values,
        "Release": {"Name": release, "Namespace": namespace, "Service": "Helm"},
        "Chart": {key[0].upper() + key[1:]: value for key, value in chart.items()},
    }
    defines, parsed = {}, []
    for path in sorted((chart_dir / "templates").iterdir()):
        if path.suffix not in (".yaml", ".yml", ".tpl"):
            continue
        try:
            nodes = parse_template(path.read_text(), defines)
        except TemplateError as error:
            raise TemplateError(f"{path.name}: {error}") from error
        if not path.name.startswith("_"):
            parsed.append((path.name, nodes))
    renderer = Renderer(defines)
    documents = []
    for name, nodes in parsed:
        try:
            text = renderer.nodes(nodes, root, {"$": root})
        except TemplateError as error:
            raise TemplateError(f"{name}: {error}") from error
        for document in re.split(r"^---\s*$", text, flags=re.M):
            if yaml.safe_load(document) is not None:
                documents.append(f"---\n# Source: {chart['name']}/templates/{name}\n{document.strip(chr(10))}\n")
    return "".join(documents)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("chart")
    parser.add_argument("-f", "--values", action="append", default=[])
    parser.add_argument("--set", action="append", default=[])
    parser.add_argument("--release", default="innovato")
    parser.add_argument("--namespace", default="default")
    args = parser.parse_args()
    try:
        sys.stdout.write(render(args.chart, args.values, args.set, args.release, args.namespace))
    except (TemplateError, yaml.YAMLError, OSError) as error:
        sys.exit(f"render_chart: {error}")


if __name__ == "__main__":
    main()
