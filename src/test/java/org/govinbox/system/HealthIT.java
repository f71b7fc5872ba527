package org.govinbox.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server is up, ready, documented and secure by default. */
class HealthIT {

    @BeforeAll
    static void ready() {
        Server.awaitReady();
    }

    @Test
    void readinessSaysTheDatabaseIsMigrated() {
        Server.api().get("/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'database' }.data.migrated", equalTo("true"));
    }

    @Test
    void thePublicHomePageIsServedInChineseWithNoThirdPartyScripts() {
        String page = Server.api().accept("text/html").get("/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .extract().asString();
        org.hamcrest.MatcherAssert.assertThat(page, containsString("政府信息公开"));
        org.hamcrest.MatcherAssert.assertThat(page, containsString("市长信箱"));
        org.hamcrest.MatcherAssert.assertThat(page, containsString("区长信箱"));
        org.hamcrest.MatcherAssert.assertThat(page, containsString("统计"));
        org.hamcrest.MatcherAssert.assertThat(page, org.hamcrest.Matchers.not(containsString("src=\"http")));
    }

    @Test
    void anUnknownApiPathIsAProblemWithoutInternals() {
        Server.api().get("/api/no-such-thing").then()
                .statusCode(404)
                .contentType(containsString(Server.PROBLEM_JSON))
                .body("title", equalTo("未找到"));
    }
}
