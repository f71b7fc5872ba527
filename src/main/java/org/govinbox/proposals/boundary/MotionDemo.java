package org.govinbox.proposals.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.govinbox.accounts.boundary.Departments;
import org.govinbox.casework.boundary.Cases;
import org.govinbox.casework.entity.CaseParty;

/**
 * Demo data ({@code govinbox.demo=true}, on a database without sittings and with the demo departments): a sitting of
 * each assembly with a handful of items in several states — registered, handled jointly and separately, replied
 * and rated, re-handled after a 不满意.
 */
@Startup
@Singleton
@DependsOn({"Database", "FirstStart"})
public class MotionDemo {

    private static final Logger LOG = Logger.getLogger(MotionDemo.class.getName());

    @Inject
    @ConfigProperty(name = "govinbox.demo", defaultValue = "false")
    boolean demo;

    @Inject
    Sittings sittings;

    @Inject
    Motions motions;

    @Inject
    Cases cases;

    @Inject
    Departments departments;

    @Inject
    SuggestionType suggestions;

    @Inject
    ProposalType proposals;

    @PostConstruct
    void start() {
        try {
            if (demo && sittings.all().isEmpty() && departments.byCode("ZFB").isPresent() && departments.byCode("JYJ").isPresent()) {
                seed();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "demo suggestions and proposals not created", e);
        }
    }

    private void seed() {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        long npc = sittings.create("NPC", "区第十八届人民代表大会第四次会议", year).id();
        long cppcc = sittings.create("CPPCC", "政协宝鸡市渭滨区第十届委员会第四次会议", year).id();
        long s1 = register(suggestions, npc, "1", "关于加快老旧小区加装电梯的建议", "张明", "金陵街道代表团");
        long s2 = register(suggestions, npc, "2", "关于增加中小学课后服务课程的建议", "李华", "清姜街道代表团");
        long s3 = register(suggestions, npc, "3", "关于整治渭河沿岸环境的建议", "王强", "桥南街道代表团");
        register(suggestions, npc, "4", "关于完善农村公交线路的建议", "赵敏", "石鼓镇代表团");
        long p1 = register(proposals, cppcc, "1", "关于发展社区养老服务的提案", "陈静", "社会福利界");
        long p2 = register(proposals, cppcc, "2", "关于扶持小微企业融资的提案", "刘洋", "经济界");
        register(proposals, cppcc, "3", "关于保护渭滨区历史文化街区的提案", "孙丽", "文化艺术界");

        assign(s1, "ZJJ", List.of("FGJ"), "JOINT");
        assign(s2, "JYJ", List.of(), "JOINT");
        assign(s3, "STHJ", List.of("QNJD"), "SEPARATE");
        assign(p1, "ZJJ", List.of(), "JOINT");
        assign(p2, "FGJ", List.of(), "JOINT");
        contact(s2, "JYJ");
        reply(s2, "JYJ", "已在全区中小学开设课后服务课程 120 门，明年继续扩大。", "A");
        rate(s2, CaseParty.Satisfaction.SATISFIED);
        contact(p2, "FGJ");
        reply(p2, "FGJ", "已会同金融机构推出小微企业专项贷款。", "B");
        rate(p2, CaseParty.Satisfaction.DISSATISFIED);
        LOG.info("demo suggestions and proposals created");
    }

    private long register(MotionType type, long sitting, String number, String title, String lead, String unit) {
        Motions.Registration r = new Motions.Registration();
        r.sitting = sitting;
        r.number = number;
        r.title = title;
        r.content = title.replace("关于", "").replace("的建议", "").replace("的提案", "") + "：具体内容见原件。";
        r.subject = "综合";
        Motions.Proposer p = new Motions.Proposer();
        p.name = lead;
        p.role = "LEAD";
        p.unit = unit;
        r.proposers = List.of(p);
        return motions.register(type, r).id();
    }

    private void assign(long id, String lead, List<String> co, String mode) {
        MotionRequests.Assign a = new MotionRequests.Assign();
        a.lead = lead;
        a.coHandlers = co;
        a.mode = mode;
        cases.actAsSystem(id, "assign", a, "demo.dispatcher", null);
    }

    private void contact(long id, String unit) {
        MotionRequests.Contact c = new MotionRequests.Contact();
        c.method = "PHONE";
        c.on = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        c.note = "电话沟通办理方案";
        cases.actAsSystem(id, "contact", c, "demo.handler", unit);
    }

    private void reply(long id, String unit, String text, String replyClass) {
        MotionRequests.Reply r = new MotionRequests.Reply();
        r.text = text;
        r.replyClass = replyClass;
        cases.actAsSystem(id, "reply", r, "demo.handler", unit);
        cases.actAsSystem(id, "approve-reply", new MotionRequests.Review(), "demo.dispatcher", null);
    }

    private void rate(long id, CaseParty.Satisfaction satisfaction) {
        MotionRequests.PaperRating r = new MotionRequests.PaperRating();
        r.party = 1;
        r.satisfaction = satisfaction;
        cases.actAsSystem(id, "record-rating", r, "demo.dispatcher", null);
    }

}
