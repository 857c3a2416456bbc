package dev.leafpress.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the publish and test workflows must do, beyond being valid: triggers, permissions, steps. */
class WorkflowShapeTest {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void publishRunsOnMainByHandAndDailyAndDeploysOutputWithThePagesBaseUrl() throws IOException {
        JsonNode flow = read("publish.yml");
        JsonNode on = flow.get("on");
        assertThat(on.at("/push/branches").toString()).isEqualTo("[\"main\"]");
        assertThat(on.has("workflow_dispatch")).isTrue();
        assertThat(on.at("/schedule/0/cron").asText()).matches("\\d+ \\d+ \\* \\* \\*");
        assertThat(flow.at("/permissions").toString()).isEqualTo("{\"contents\":\"read\"}");
        assertThat(flow.at("/concurrency/group").asText()).isNotBlank();
        List<String> build = uses(flow.at("/jobs/build/steps"));
        assertThat(build).containsSubsequence("actions/checkout", "actions/setup-java", "actions/configure-pages",
                "actions/upload-pages-artifact");
        assertThat(flow.at("/jobs/build/steps").findValuesAsText("cache")).containsExactly("maven");
        assertThat(flow.at("/jobs/build/permissions").toString()).isEqualTo("{\"contents\":\"read\",\"pages\":\"read\"}");
        assertThat(flow.at("/jobs/build/steps").toString())
                .contains("steps.pages.outputs.base_url", "./leafpress build --base-url", "\"path\":\"output/\"");
        assertThat(flow.at("/jobs/deploy/permissions").toString()).isEqualTo("{\"pages\":\"write\",\"id-token\":\"write\"}");
        assertThat(uses(flow.at("/jobs/deploy/steps"))).containsExactly("actions/deploy-pages");
    }

    @Test
    void testWorkflowRunsTheReadmeTestCommandOnPushesAndPullRequests() throws IOException {
        JsonNode flow = read("test.yml");
        assertThat(flow.get("on").has("push")).isTrue();
        assertThat(flow.get("on").has("pull_request")).isTrue();
        assertThat(flow.at("/permissions").toString()).isEqualTo("{\"contents\":\"read\"}");
        assertThat(flow.at("/jobs/verify/container").asText()).startsWith("debian:");
        assertThat(flow.at("/jobs/verify/steps").findValuesAsText("run")).last().isEqualTo(".ci/run");
        // In a container job $HOME is /github/home, so the cache's "~" is not where Maven, run as root
        // (java's user.home comes from the password file), keeps its repository: /root/.m2.
        assertThat(flow.at("/jobs/verify/steps").findValuesAsText("path")).containsExactly("/root/.m2/repository");
        List<String> ciLines = java.nio.file.Files.readAllLines(java.nio.file.Path.of(".ci/run")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(ciLines).last().isEqualTo("mvn -B verify");
    }

    private static JsonNode read(String name) throws IOException {
        return YAML.readTree(Path.of(".github/workflows", name).toFile());
    }

    private static List<String> uses(JsonNode steps) {
        List<String> actions = new ArrayList<>();
        steps.forEach(step -> {
            if (step.has("uses")) {
                actions.add(step.get("uses").asText().replaceFirst("@.*", ""));
            }
        });
        return actions;
    }
}
