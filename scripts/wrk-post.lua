-- wrk script: POST the file named by the WRK_BODY environment variable as UTF-8 plain text.
local path = os.getenv("WRK_BODY")
local file = assert(io.open(path, "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"
