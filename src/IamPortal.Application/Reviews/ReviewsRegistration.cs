using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Application.Reviews;

public static class ReviewsRegistration
{
    /// <summary>Access reviews: group ownership, the operator directory, campaigns, decisions, evidence and the scheduler.</summary>
    public static IServiceCollection AddReviews(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReviewsOptions>(configuration.GetSection(ReviewsOptions.Section));
        services.AddScoped<ReviewServiceUseReader>();
        services.AddScoped<ReviewSnapshotBuilder>();
        services.AddScoped<ReviewApplyJobs>();
        services.AddScoped<ReviewLifecycle>();
        services.AddScoped<ReviewDenials>();
        services.AddScoped<ReviewScheduler>();
        services.AddScoped<IGroupOwnershipService, GroupOwnershipService>();
        services.AddScoped<IOperatorDirectory, OperatorDirectory>();
        services.AddScoped<IReviewCampaignService, ReviewCampaignService>();
        services.AddScoped<IReviewDecisionService, ReviewDecisionService>();
        services.AddScoped<IReviewEvidenceService, ReviewEvidenceService>();
        return services;
    }
}
