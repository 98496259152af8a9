import { Testing } from "cdktf";
import { harborFromExisting, HarborLayerStack } from "../../stacks/harbor-stack";
import { largeRegistry } from "../fixtures";
import { parseEnvironment } from "../../config/load";
import { Json, list, testApp } from "../synth";

// Timings of this case are measured by `npm run bench`, not here.
describe("HarborLayerStack at scale", () => {
  it("synthesizes 1,000 projects and 2,000 robots completely", () => {
    const env = parseEnvironment("scale", {
      aws: { region: "eu-west-1" },
      network: { availabilityZones: ["eu-west-1a", "eu-west-1b", "eu-west-1c"] },
      dns: { zoneName: "example.com", registryHost: "registry.example.com" },
      registry: largeRegistry(1000, 2000),
    });
    const stack = new HarborLayerStack(testApp(), env, harborFromExisting(env));
    const json: Json = JSON.parse(Testing.synth(stack));
    const projects = list(json, "harbor_project");
    const robots = list(json, "harbor_robot_account");
    expect(projects).toHaveLength(1000);
    expect(new Set(projects.map((p) => p.name)).size).toBe(1000);
    expect(robots).toHaveLength(2000);
    expect(new Set(robots.map((r) => r.name)).size).toBe(2000);
    expect(list(json, "harbor_retention_policy")).toHaveLength(1000);
    expect(list(json, "harbor_immutable_tag_rule")).toHaveLength(1000);
    expect(list(json, "random_password")).toHaveLength(2000);
    expect(list(json, "aws_secretsmanager_secret")).toHaveLength(2000);
    // Robot 1999 belongs to team-999 and can only pull.
    const last = robots.find((r) => r.name === "robot-1999");
    expect(last.permissions[0].namespace).toMatch(/harbor_project\.project-team-999_project_[0-9A-F]+\.name/);
    expect(last.permissions[0].access).toEqual([{ resource: "repository", action: "pull", effect: "allow" }]);
  }, 120_000);
});
