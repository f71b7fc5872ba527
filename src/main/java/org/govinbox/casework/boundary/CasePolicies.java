package org.govinbox.casework.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.govinbox.casework.control.CasePolicy;
import org.govinbox.platform.boundary.ProblemException;

/** The policy of each case type, read once from configuration. */
@ApplicationScoped
public class CasePolicies {

    /** The mailbox letter (市长信箱 / 区长信箱). */
    public static final String LETTER = "LETTER";
    static final Map<String, String> TYPE_NAMES = Map.of(LETTER, "信箱来信");

    private Map<String, CasePolicy> policies;

    @PostConstruct
    void read() {
        policies = Map.of(LETTER, CasePolicy.read(ConfigProvider.getConfig(), LETTER));
    }

    public CasePolicy of(String type) {
        CasePolicy policy = policies.get(type);
        if (policy == null) {
            throw ProblemException.invalid("type", "未知的事项类型：" + type);
        }
        return policy;
    }

    public static String typeName(String type) {
        return TYPE_NAMES.getOrDefault(type, type);
    }
}
