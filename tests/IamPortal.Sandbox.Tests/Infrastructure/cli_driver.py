# Runs AWS CLI commands in one Python process: the same awscli.clidriver the `aws` script calls, without paying
# the interpreter + botocore start-up (~0.5 s) for every command. One JSON request per stdin line:
# {"args": [...], "env": {...}} -> one JSON line {"code": int, "out": str, "err": str}.
import contextlib
import io
import json
import os
import sys

import botocore.session
from awscli.clidriver import create_clidriver

# Share one botocore data loader between commands: the service models are parsed once, not per command.
# (Only caching of the static JSON models; every command still gets a fresh session, driver and credentials.)
_loaders = {}
_create_loader = botocore.session.create_loader


def _shared_loader(search_path_string=None):
    if search_path_string not in _loaders:
        _loaders[search_path_string] = _create_loader(search_path_string)
    return _loaders[search_path_string]


botocore.session.create_loader = _shared_loader

BASE_ENV = dict(os.environ)
REAL_STDOUT = sys.stdout
print(json.dumps({"ready": True}), file=REAL_STDOUT, flush=True)
for line in sys.stdin:
    request = json.loads(line)
    os.environ.clear()
    os.environ.update(BASE_ENV)
    os.environ.update(request["env"])
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = create_clidriver().main(request["args"])
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else 1
        except BaseException as e:  # report, keep serving
            err.write(repr(e))
            code = 255
    print(json.dumps({"code": code, "out": out.getvalue(), "err": err.getvalue()}), file=REAL_STDOUT, flush=True)
