"""The API's reference page at /docs, rendered on the server from the app's own OpenAPI schema.

FastAPI's default /docs page loads Swagger UI's scripts and styles from a CDN: on a machine
without network (or behind the web UI's Content-Security-Policy) it is a blank page. This one
is plain HTML built from ``app.openapi()`` — every endpoint with its parameters (type, range,
allowed values, default), request body and answers, and every schema the answers use — so it
works offline and stays true to the code. /openapi.json is still served for tools.
"""

from __future__ import annotations

from typing import Any

_METHOD_ORDER = {"get": 0, "post": 1, "put": 2, "patch": 3, "delete": 4}


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def schema_text(schema: dict[str, Any] | None) -> str:
    """A schema in a few words: ``integer, 1–500``, ``one of: a, b``, ``list of EventOut``."""
    if not schema:
        return "any"
    if "$ref" in schema:
        return _ref_name(schema["$ref"])
    for key in ("anyOf", "oneOf"):
        if key in schema:
            parts = [schema_text(s) for s in schema[key] if s.get("type") != "null"]
            nullable = any(s.get("type") == "null" for s in schema[key])
            text = " or ".join(dict.fromkeys(parts)) or "null"
            return text + (" or null" if nullable and parts else "")
    if "allOf" in schema and len(schema["allOf"]) == 1:
        return schema_text(schema["allOf"][0])
    if "enum" in schema:
        return "one of: " + ", ".join(str(v) for v in schema["enum"])
    if "const" in schema:
        return repr(schema["const"])
    type_ = schema.get("type", "any")
    if type_ == "array":
        return f"list of {schema_text(schema.get('items'))}"
    if type_ == "object" and "additionalProperties" in schema and isinstance(schema["additionalProperties"], dict):
        return f"object of {schema_text(schema['additionalProperties'])}"
    words = [schema.get("format") and f"{type_} ({schema['format']})" or type_]
    lo, hi = schema.get("minimum"), schema.get("maximum")
    if lo is not None and hi is not None:
        words.append(f"{lo}–{hi}")
    elif lo is not None:
        words.append(f"≥ {lo}")
    elif hi is not None:
        words.append(f"≤ {hi}")
    short, long_ = schema.get("minLength"), schema.get("maxLength")
    if short and long_ is not None:
        words.append(f"{short}–{long_} characters")
    elif long_ is not None:
        words.append(f"at most {long_} characters")
    elif short:
        words.append(f"at least {short} characters")
    if schema.get("pattern"):
        words.append(f"matching {schema['pattern']}")
    return ", ".join(words)


def _ref_of(schema: dict[str, Any] | None) -> str | None:
    """The schema name a body or answer is, when it is one (for a link to its fields)."""
    return _ref_name(schema["$ref"]) if schema and "$ref" in schema else None


def _default(schema: dict[str, Any]) -> str | None:
    return None if "default" not in schema or schema["default"] is None else str(schema["default"])


def docs_view(openapi: dict[str, Any]) -> dict[str, Any]:
    """The page's content: plain strings (the template escapes them)."""
    operations = []
    for path, methods in openapi.get("paths", {}).items():
        for method, op in sorted(methods.items(), key=lambda kv: _METHOD_ORDER.get(kv[0], 9)):
            if method not in _METHOD_ORDER:
                continue
            params = [{"name": p["name"], "where": p.get("in", ""), "required": bool(p.get("required")),
                       "type": schema_text(p.get("schema")), "default": _default(p.get("schema", {})),
                       "description": p.get("description") or p.get("schema", {}).get("description") or ""}
                      for p in op.get("parameters", [])]
            body = None
            content = (op.get("requestBody") or {}).get("content", {})
            if content:
                media, spec = next(iter(content.items()))
                body = {"media": media, "type": schema_text(spec.get("schema")), "ref": _ref_of(spec.get("schema"))}
            responses = []
            for code, resp in op.get("responses", {}).items():
                schema = next(iter(resp.get("content", {}).values()), {}).get("schema")
                responses.append({"code": code, "description": resp.get("description", ""),
                                  "type": schema_text(schema) if schema else "", "ref": _ref_of(schema)})
            operations.append({
                "method": method.upper(), "path": path, "anchor": f"{method}{path}".replace("/", "-").replace("{", "").replace("}", ""),
                "summary": op.get("summary", ""), "description": op.get("description", ""),
                "token": bool(op.get("security")), "params": params, "body": body, "responses": responses,
            })
    schemas = []
    for name, schema in sorted(openapi.get("components", {}).get("schemas", {}).items()):
        required = set(schema.get("required", []))
        fields = [{"name": field, "type": schema_text(spec), "required": field in required,
                   "description": spec.get("description", "")}
                  for field, spec in schema.get("properties", {}).items()]
        schemas.append({"name": name, "description": schema.get("description", ""), "fields": fields,
                        "type": "" if fields else schema_text({k: v for k, v in schema.items() if k != "title"})})
    security = [{"name": name, "description": s.get("description", ""), "scheme": s.get("scheme", s.get("type", ""))}
                for name, s in openapi.get("components", {}).get("securitySchemes", {}).items()]
    info = openapi.get("info", {})
    return {"title": info.get("title", ""), "version": info.get("version", ""),
            "description": info.get("description", ""), "operations": operations, "schemas": schemas,
            "security": security}
