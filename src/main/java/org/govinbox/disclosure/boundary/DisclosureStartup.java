package org.govinbox.disclosure.boundary;

import org.govinbox.platform.boundary.Background;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.govinbox.accounts.boundary.Departments;
import org.govinbox.disclosure.entity.DisclosureAttribute;
import org.govinbox.disclosure.entity.IndexNumber;
import org.govinbox.disclosure.entity.Metadata;
import org.govinbox.disclosure.entity.Validity;
import org.govinbox.platform.boundary.Database;

/**
 * At start-up: the demo items (with the demo switch, on a database without items: the seed report itself and
 * generated items across the key domains, stored through the import path), then S3 — in the background, the search
 * index is checked against the database and rebuilt when it does not match.
 */
@Startup
@Singleton
@DependsOn({"Database", "FirstStart"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DisclosureStartup {

    private static final Logger LOG = Logger.getLogger(DisclosureStartup.class.getName());

    /** The seed report (DOMAIN.md): published by the district government office on 2021-12-15. */
    static final String SEED_TITLE = "关于报送2021年法治政府建设工作总结的报告";
    static final String SEED_INDEX = "1600521X6/2021-06943";

    @Inject
    Database database;

    @Inject
    Search search;

    @Inject
    ImportBatches batches;

    @Inject
    Departments departments;

    @Inject
    Catalogue catalogue;

    @Inject
    RequestContextController requestContext;

    @Inject
    @ConfigProperty(name = "govinbox.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "govinbox.organisation.name")
    String organisation;

    @Inject
    Background background;

    @PostConstruct
    void start() {
        if (!database.migrated()) {
            return;
        }
        requestContext.activate();
        try {
            if (demo && batches.indexNumbers().isEmpty() && departments.byCode("ZFB").isPresent()) {
                demoItems();
            }
            // in the background: the server is ready meanwhile, and searches answer from what is indexed so far
            background.run("search index check", () -> {
                if (!search.matchesDatabase()) {
                    LOG.info("search index does not match the database: rebuilding it");
                    search.rebuild();
                }
            });
        } finally {
            requestContext.deactivate();
        }
    }

    private void demoItems() {
        long job = batches.newJob("演示数据", "system");
        List<Imports.Row> rows = new ArrayList<>();
        rows.add(new Imports.Row(1, new Metadata(SEED_TITLE, "宝渭政字〔2021〕51号", "ZFB", "区政府办公室",
                LocalDate.of(2021, 12, 15), "ADMIN_APPROVAL", "综合政务", "报告", "法治政府,工作总结,政府信息公开",
                "报送本区2021年法治政府建设工作情况：依法行政、政府信息公开、规范性文件管理和行政复议工作。",
                seedBody(), Validity.VALID, DisclosureAttribute.PROACTIVE, false),
                IndexNumber.parse(SEED_INDEX).orElseThrow(), null, LocalDate.of(2021, 12, 15)));
        String[][] topics = {
                {"ADMIN_APPROVAL", "行政审批事项目录", "通知", "行政审批,事项清单", "FGJ"},
                {"BUDGET", "部门预算公开", "公告", "财政预算,预算公开", "ZFB"},
                {"THREE_PUBLIC_EXPENSES", "“三公”经费支出情况说明", "报告", "三公经费,公务接待,公务用车", "ZFB"},
                {"FOOD_DRUG", "食品安全监督抽检结果", "公告", "食品安全,抽检", "SGZ"},
                {"ENVIRONMENT", "环境空气质量状况通报", "通报", "环境保护,空气质量", "STHJ"},
                {"WORK_SAFETY", "安全生产专项整治工作方案", "通知", "安全生产,专项整治", "QJJD"},
                {"PRICES", "重要商品价格监测情况", "公告", "价格监测,民生商品", "FGJ"},
                {"LAND", "征地补偿安置方案公告", "公告", "征地拆迁,补偿安置", "ZJJ"}};
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        int n = 2;
        for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
            for (String[] t : topics) {
                for (int k = 1; k <= 3; k++) {
                    LocalDate written = LocalDate.of(year, 1 + (k * 3 + t[1].length()) % 11, 3 + k * 5);
                    if (!written.isBefore(today)) {
                        continue;
                    }
                    LocalDate published = written.plusDays(5L + k * 4L).isBefore(today) ? written.plusDays(5L + k * 4L) : today;
                    String department = departments.byCode(t[4]).isPresent() ? t[4] : "ZFB";
                    String name = departments.byCode(department).map(Departments.DepartmentView::name).orElse("区政府办公室");
                    String title = name + "关于" + year + "年第" + k + "批" + t[1];
                    boolean normative = t[0].equals("WORK_SAFETY") && k == 1 || t[0].equals("ADMIN_APPROVAL") && k == 2;
                    rows.add(new Imports.Row(n++, new Metadata(title, docNumber(department, year, k, t[0]), department,
                            name, written, t[0], "综合政务", normative ? "办法" : t[2], t[3],
                            (name + "依法公开" + t[1] + "。").substring(0, Math.min(60, (name + "依法公开" + t[1] + "。").length())),
                            body(name, t[1], year, k), Validity.VALID, DisclosureAttribute.PROACTIVE, normative),
                            null, null, published));
                }
            }
        }
        batches.store(job, rows, "system");
        batches.publish(job, rows.size(), "system");
        batches.finish(job, org.govinbox.platform.entity.ImportJob.State.DONE, rows.size(), 0, null, "system");
        LOG.info(() -> "demo disclosure items published: " + rows.size() + " (including the seed report " + SEED_INDEX + ")");
    }

    private static String docNumber(String department, int year, int k, String domain) {
        String issuer = switch (department) {
            case "ZFB" -> "宝渭政办发";
            case "FGJ" -> "宝渭发改发";
            case "ZJJ" -> "宝渭住建发";
            case "STHJ" -> "宝渭环发";
            default -> "宝渭政发";
        };
        return issuer + "〔" + year + "〕" + (domain.length() * 3 + k) + "号";
    }

    private String body(String department, String topic, int year, int k) {
        return "<p>根据《中华人民共和国政府信息公开条例》和" + organisation + "政务公开工作要点，现将" + department + year
                + "年第" + k + "批" + topic + "予以公开。</p><p>一、主要内容：本批次涉及的事项均已按规定程序办理，"
                + "群众可通过政府信息公开目录查阅，或依申请获取相关信息。</p><p>二、联系方式：如有疑问，请在工作日内与"
                + department + "联系。</p>";
    }

    private String seedBody() {
        return "<p>区委、区政府：</p><p>2021年，" + organisation + "深入学习贯彻习近平法治思想，全面推进法治政府建设，"
                + "现将有关情况报告如下。</p><h3>一、依法全面履行政府职能</h3><p>深化“放管服”改革，持续优化营商环境，"
                + "全面推行权责清单制度，行政审批事项全部纳入政务服务中心办理。</p><h3>二、推进政务公开</h3>"
                + "<p>坚持以公开为常态、不公开为例外，全年通过政府门户网站主动公开政府信息5236条；围绕行政审批、"
                + "财政预决算、“三公”经费、食品药品安全、环境保护、安全生产、价格、征地拆迁等重点领域做好信息公开。"
                + "办理市长信箱来信210件、区长信箱来信116件，均按期答复；办理人大代表建议59件、政协委员提案75件。</p>"
                + "<h3>三、加强规范性文件监督管理</h3><p>严格落实规范性文件统一登记、统一编号、统一公布制度，"
                + "审核规范性文件12件；开展规范性文件清理，清理22件，其中继续有效20件、拟废止2件。</p>"
                + "<h3>四、下一步工作打算</h3><p>持续推进法治政府建设，提高依法行政水平。</p><p>特此报告。</p>";
    }
}
