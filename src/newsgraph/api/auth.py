"""Bearer tokens: writes always need one, reads only when the server is configured to close them."""

from __future__ import annotations

import hmac

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=False, description="NEWSGRAPH_API_TOKEN for writes; NEWSGRAPH_API_READ_TOKEN (or the write token) for reads when reads are closed.")


def _matches(given: str | None, expected: str | None) -> bool:
    # Constant-time comparison: the token must not leak through response timing.
    return bool(given and expected and hmac.compare_digest(given.encode(), expected.encode()))


def _unauthorised(message: str) -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail=message, headers={"WWW-Authenticate": "Bearer"})


async def require_read(request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> None:
    # async: it only compares strings, and a plain def would cost a trip to the thread pool
    # on every read.
    settings = request.app.state.api_settings
    if settings.read_token is None:
        return
    given = credentials.credentials if credentials else None
    if not (_matches(given, settings.read_token) or _matches(given, settings.write_token)):
        raise _unauthorised("reading needs a bearer token on this server")


def require_write(request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> None:
    settings = request.app.state.api_settings
    if settings.write_token is None:
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="this server accepts no writes (NEWSGRAPH_API_TOKEN is not set)")
    if not _matches(credentials.credentials if credentials else None, settings.write_token):
        raise _unauthorised("writing needs the API token as a bearer token")
