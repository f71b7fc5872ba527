package org.govinbox.notification.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TemplatesTest {

    @Test
    void theReceiptCarriesTheCodeAndSecretInChinese() {
        Templates.Mail mail = Templates.fill("mailbox/templates.properties", "RECEIPT", "ABCDEFGHJKMN", "张三", "市长信箱", "学校门口交通", "2026-03-02",
                "SECRET23", "宝鸡市渭滨区人民政府");
        assertTrue(mail.subject().contains("ABCDEFGHJKMN"));
        assertTrue(mail.body().contains("查询密码：SECRET23"));
        assertTrue(mail.body().contains("市长信箱"));
    }

    @Test
    void numbersAreNotGrouped() {
        Templates.Mail mail = Templates.fill("mailbox/templates.properties", "ASSIGNED", "标题", 12345L, "主办", "2026-03-09", "区政府");
        assertTrue(mail.body().contains("编号：12345"), mail.body());
    }
}
