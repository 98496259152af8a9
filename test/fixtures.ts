/** A registry section with `projects` projects and `robots` robots, as a large organisation would declare. */
export function largeRegistry(projects: number, robots: number): Record<string, unknown> {
  const projectEntries: Record<string, unknown> = {};
  for (let i = 0; i < projects; i++) {
    projectEntries[`team-${i}`] = {
      quota: "50GiB",
      deploymentSecurity: "high",
      retention: { rules: [{ keepMostRecentlyPushed: 10 }] },
      immutability: [{ tags: "v*" }],
    };
  }
  const robotEntries: Record<string, unknown> = {};
  for (let i = 0; i < robots; i++) {
    robotEntries[`robot-${i}`] = { project: `team-${i % projects}`, permissions: { repository: i % 2 ? ["pull"] : ["push", "pull"] }, expiresInDays: 90 };
  }
  return {
    source: "existing",
    existing: { url: "https://harbor.example.com", secretsKmsKeyArn: "arn:aws:kms:eu-west-1:111122223333:key/robots" },
    projects: projectEntries,
    robots: robotEntries,
  };
}
