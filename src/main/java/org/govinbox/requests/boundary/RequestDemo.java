package org.govinbox.requests.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.govinbox.casework.boundary.Cases;

/**
 * Demo data ({@code govinbox.demo=true}, on a database without disclosure requests): a handful of requests in
 * several states — waiting for acceptance, waiting for a correction, in consultation, decided (one carried over from
 * last year, one refused with a reconsideration pending) — so that the console and the annual report show something.
 */
@Startup
@Singleton
@DependsOn({"Database", "FirstStart"})
public class RequestDemo {

    private static final Logger LOG = Logger.getLogger(RequestDemo.class.getName());
    private static final String OFFICE = "demo.dispatcher";

    @Inject
    @ConfigProperty(name = "govinbox.demo", defaultValue = "false")
    boolean demo;

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationRules rules;

    @Inject
    Applications applications;

    @Inject
    Cases cases;

    @PostConstruct
    void start() {
        try {
            if (demo && em.createQuery("SELECT COUNT(d) FROM DisclosureRequest d", Long.class).getSingleResult() == 0) {
                seed();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "demo disclosure requests not created", e);
        }
    }

    private void seed() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        receive("PERSON", "周婷", "2025年渭滨区城市更新项目的立项批复文件", "ONLINE", today, "EMAIL");
        long correction = receive("PERSON", "吴磊", "关于我家房屋的那个文件", "POST", today.minusDays(2), "POST");
        act(correction, "request-correction", "text", "请写明所需文件的名称、文号或发文时间，以及房屋所在的街道和小区。");
        long consulting = receive("COMMERCIAL", "宝鸡渭河建设有限公司", "渭滨区2026年政府投资项目计划中涉及本公司的项目清单", "IN_PERSON",
                today.minusDays(10), "PICKUP");
        act(consulting, "accept", null, null);
        act(consulting, "consult", "party", "区发展和改革局");
        long carried = receive("LEGAL_SERVICE", "陕西某某律师事务所", "2025年第四季度区政府常务会议纪要", "POST",
                LocalDate.of(today.getYear() - 1, 12, 29), "POST");
        act(carried, "accept", null, null);
        decide(carried, "1", "现将该会议纪要中可以公开的议定事项提供给您。", "《中华人民共和国政府信息公开条例》第三十六条第（二）项");
        long refused = receive("PERSON", "郑华", "某企业向区市场监督管理局报送的年度财务报表", "ONLINE", today, "EMAIL");
        act(refused, "accept", null, null);
        decide(refused, "3.4", "您申请的财务报表涉及第三方的商业秘密，经征求第三方意见，第三方不同意公开。",
                "《中华人民共和国政府信息公开条例》第十五条、第三十二条");
        RequestActions.RemedyRecord remedy = new RequestActions.RemedyRecord();
        remedy.kind = org.govinbox.requests.entity.Remedy.Kind.RECONSIDERATION;
        remedy.filedOn = today.toString();
        remedy.result = org.govinbox.requests.entity.Remedy.Result.PENDING;
        cases.actAsSystem(refused, "record-remedy", remedy, OFFICE, null);
        LOG.info("demo disclosure requests created");
    }

    private long receive(String type, String name, String description, String via, LocalDate on, String delivery) {
        ApplicationRules.Form f = new ApplicationRules.Form();
        f.applicantType = type;
        f.name = name;
        f.idNumber = type.equals("PERSON") ? "11010519491231002X" : "91610302MA6X" + Math.abs(name.hashCode() % 1000000);
        f.contactPerson = type.equals("PERSON") ? null : "王经理";
        f.phone = "13800000000";
        f.email = "demo-applicant@example.com";
        f.address = "宝鸡市渭滨区经二路1号";
        f.description = description;
        f.delivery = delivery;
        f.via = via;
        f.receivedOn = on.toString();
        return applications.receive(rules.check(f, true), null, List.of(), OFFICE).id();
    }

    private void act(long id, String action, String field, String value) {
        Object body;
        switch (action) {
            case "request-correction" -> {
                RequestActions.Correction c = new RequestActions.Correction();
                c.text = value;
                body = c;
            }
            case "consult" -> {
                RequestActions.Consult c = new RequestActions.Consult();
                c.party = value;
                body = c;
            }
            default -> body = new RequestActions.None();
        }
        cases.actAsSystem(id, action, body, OFFICE, null);
    }

    private void decide(long id, String outcome, String text, String basis) {
        RequestActions.Decision d = new RequestActions.Decision();
        d.outcome = outcome;
        d.text = text;
        d.legalBasis = basis;
        cases.actAsSystem(id, "decide", d, OFFICE, null);
    }
}
