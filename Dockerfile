# syntax=docker/dockerfile:1
# Multi-stage build of the IamPortal web portal (default target) and the IAM Sandbox (target "sandbox").
#   docker build -t iamportal .                   docker build --target sandbox -t iamportal-sandbox .

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props IamPortal.sln ./
COPY src/IamPortal.Application/IamPortal.Application.csproj src/IamPortal.Application/
COPY src/IamPortal.Infrastructure/IamPortal.Infrastructure.csproj src/IamPortal.Infrastructure/
COPY src/IamPortal.Sandbox/IamPortal.Sandbox.csproj src/IamPortal.Sandbox/
COPY src/IamPortal.Web/IamPortal.Web.csproj src/IamPortal.Web/
RUN dotnet restore src/IamPortal.Web/IamPortal.Web.csproj
COPY src/ src/
RUN dotnet publish src/IamPortal.Web/IamPortal.Web.csproj -c Release --no-restore -o /out/web \
 && dotnet publish src/IamPortal.Sandbox/IamPortal.Sandbox.csproj -c Release --no-restore -o /out/sandbox

# The IAM Sandbox on its own (docker-compose's "sandbox" service).
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS sandbox
WORKDIR /app
COPY --from=build /out/sandbox ./
RUN mkdir -p /data && chown "$APP_UID" /data
USER $APP_UID
EXPOSE 4566
VOLUME /data
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/4566 && printf "GET /_sandbox/health HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && grep -q " 200 " <&3'
ENTRYPOINT ["dotnet", "IamPortal.Sandbox.dll", "--urls", "http://0.0.0.0:4566", "--data-file", "/data/sandbox.json"]

# The portal (default target). Non-root, data (SQLite audit log, keys) under /data.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS portal
WORKDIR /app
COPY --from=build /out/web ./
RUN mkdir -p /data && chown "$APP_UID" /data
ENV ASPNETCORE_URLS=http://0.0.0.0:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Portal__DataPath=/data
USER $APP_UID
EXPOSE 8080
VOLUME /data
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /healthz HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && grep -q " 200 " <&3'
ENTRYPOINT ["dotnet", "IamPortal.Web.dll"]
