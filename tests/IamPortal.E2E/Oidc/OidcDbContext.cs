using Microsoft.EntityFrameworkCore;

namespace IamPortal.E2E.Oidc;

/// <summary>Holds the OpenIddict applications, authorizations, scopes and tokens (EF Core InMemory, one database per provider).</summary>
internal sealed class OidcDbContext(DbContextOptions<OidcDbContext> options) : DbContext(options);
