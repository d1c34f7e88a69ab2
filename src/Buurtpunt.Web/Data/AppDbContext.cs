using System.Linq.Expressions;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Features.Places;
using Buurtpunt.Web.Shared.Auditing;
using Buurtpunt.Web.Shared.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Buurtpunt.Web.Data;

/// <summary>
/// The one context. Subclassed per provider only so that each provider keeps its own
/// migration set (Data/Migrations/Sqlite, Data/Migrations/Postgres).
/// </summary>
public abstract class AppDbContext(DbContextOptions options, CurrentMunicipality? municipality)
    : IdentityUserContext<User, Guid>(options)
{
    /// <summary>Rows of other municipalities are invisible; without a municipality, nothing is.</summary>
    public int CurrentMunicipalityId => municipality?.Id ?? 0;

    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<MunicipalityHost> MunicipalityHosts => Set<MunicipalityHost>();
    public DbSet<Area> Areas => Set<Area>();
    public DbSet<Point> Points => Set<Point>();
    public DbSet<WeeklyOpeningSlot> WeeklyOpenings => Set<WeeklyOpeningSlot>();
    public DbSet<OpeningExceptionDay> OpeningExceptions => Set<OpeningExceptionDay>();
    public DbSet<Presence> Presences => Set<Presence>();
    public DbSet<Service> Services => Set<Service>();
    public DbSet<Photo> Photos => Set<Photo>();
    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();
    public DbSet<SignInLink> SignInLinks => Set<SignInLink>();
    public DbSet<Consent> Consents => Set<Consent>();
    public DbSet<Features.Questions.Question> Questions => Set<Features.Questions.Question>();
    public DbSet<Features.Questions.Answer> Answers => Set<Features.Questions.Answer>();
    public DbSet<Features.Questions.FaqEntry> FaqEntries => Set<Features.Questions.FaqEntry>();
    public DbSet<Features.News.NewsItem> NewsItems => Set<Features.News.NewsItem>();
    public DbSet<Features.Questions.Flag> Flags => Set<Features.Questions.Flag>();
    public DbSet<Features.Questions.ModerationDecision> ModerationDecisions => Set<Features.Questions.ModerationDecision>();
    public DbSet<TakeoverCode> TakeoverCodes => Set<TakeoverCode>();
    public DbSet<Features.Search.SearchDocument> SearchDocuments => Set<Features.Search.SearchDocument>();
    public DbSet<Features.Activities.Activity> Activities => Set<Features.Activities.Activity>();
    public DbSet<Features.Activities.Occurrence> Occurrences => Set<Features.Activities.Occurrence>();
    public DbSet<Features.Activities.Registration> Registrations => Set<Features.Activities.Registration>();
    public DbSet<Features.Activities.CalendarLink> CalendarLinks => Set<Features.Activities.CalendarLink>();
    public DbSet<Features.Help.HelpRequest> HelpRequests => Set<Features.Help.HelpRequest>();
    public DbSet<Features.Help.Volunteer> Volunteers => Set<Features.Help.Volunteer>();
    public DbSet<Features.Help.HelpMatch> HelpMatches => Set<Features.Help.HelpMatch>();
    public DbSet<Features.Help.HelpEvent> HelpEvents => Set<Features.Help.HelpEvent>();
    public DbSet<Shared.Forms.Questionnaire> Questionnaires => Set<Shared.Forms.Questionnaire>();
    public DbSet<Shared.Forms.FormQuestion> FormQuestions => Set<Shared.Forms.FormQuestion>();
    public DbSet<Shared.Forms.FormResponse> FormResponses => Set<Shared.Forms.FormResponse>();
    public DbSet<Shared.Forms.FormAnswer> FormAnswers => Set<Shared.Forms.FormAnswer>();
    public DbSet<Features.Initiatives.Call> Calls => Set<Features.Initiatives.Call>();
    public DbSet<Features.Initiatives.Track> Tracks => Set<Features.Initiatives.Track>();
    public DbSet<Features.Initiatives.Application> Applications => Set<Features.Initiatives.Application>();
    public DbSet<Features.Initiatives.ApplicationEvent> ApplicationEvents => Set<Features.Initiatives.ApplicationEvent>();
    public DbSet<Features.Initiatives.Support> Supports => Set<Features.Initiatives.Support>();
    public DbSet<Features.Initiatives.CallSeat> CallSeats => Set<Features.Initiatives.CallSeat>();
    public DbSet<Features.Initiatives.Criterion> Criteria => Set<Features.Initiatives.Criterion>();
    public DbSet<Features.Initiatives.Assessment> Assessments => Set<Features.Initiatives.Assessment>();
    public DbSet<Features.Initiatives.Score> Scores => Set<Features.Initiatives.Score>();
    public DbSet<Features.Initiatives.DeclaredConflict> DeclaredConflicts => Set<Features.Initiatives.DeclaredConflict>();
    public DbSet<Features.Initiatives.Payment> Payments => Set<Features.Initiatives.Payment>();
    public DbSet<Features.Initiatives.Receipt> Receipts => Set<Features.Initiatives.Receipt>();
    public DbSet<Features.Initiatives.ProgressUpdate> ProgressUpdates => Set<Features.Initiatives.ProgressUpdate>();
    public DbSet<Features.Initiatives.BudgetLine> BudgetLines => Set<Features.Initiatives.BudgetLine>();
    public DbSet<Features.Initiatives.CoApplicant> CoApplicants => Set<Features.Initiatives.CoApplicant>();
    public DbSet<Features.Initiatives.ApplicationPhoto> ApplicationPhotos => Set<Features.Initiatives.ApplicationPhoto>();
    public DbSet<Features.Initiatives.Offer> Offers => Set<Features.Initiatives.Offer>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    // Identity reads its schema version (3: with the passkey table) from the app's IdentityOptions
    // (PeopleModule). The design-time factories and the migration tests build the model without the
    // app's services: they get the same store options here, so every model has the passkey table.
    private static readonly IServiceProvider IdentityStoreDefaults = new ServiceCollection()
        .Configure<IdentityOptions>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
        .BuildServiceProvider();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        if (optionsBuilder.Options.FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider is null)
            optionsBuilder.UseApplicationServiceProvider(IdentityStoreDefaults);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        builder.Entity<Municipality>().HasQueryFilter(m => m.Id == CurrentMunicipalityId);
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType)))
            builder.Entity(entity.ClrType).HasQueryFilter(TenantFilter(entity.ClrType));
    }

    private LambdaExpression TenantFilter(Type type)
    {
        var row = Expression.Parameter(type, "row");
        var owner = Expression.Property(row, nameof(ITenantOwned.MunicipalityId));
        var current = Expression.Property(Expression.Constant(this), nameof(CurrentMunicipalityId));
        return Expression.Lambda(Expression.Equal(owner, current), row);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampMunicipality();
        await TenantReferences.CheckAsync(this, cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // New rows take the request's municipality; a row of another municipality is never written.
    // The audit trail is append-only.
    private void StampMunicipality()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("The audit trail cannot be changed.");
        if (municipality?.Id is not { } current) return;
        foreach (var entry in ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State == EntityState.Added && entry.Entity.MunicipalityId == 0)
                entry.Entity.MunicipalityId = current;
            else if (entry.State != EntityState.Unchanged && entry.State != EntityState.Detached && entry.Entity.MunicipalityId != current)
                throw new InvalidOperationException("Refusing to write a row of another municipality.");
        }
    }
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, CurrentMunicipality? municipality = null)
    : AppDbContext(options, municipality);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, CurrentMunicipality? municipality = null)
    : AppDbContext(options, municipality);
