package org.govinbox.requests.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Properties;
import org.govinbox.requests.entity.Outcome;
import org.junit.jupiter.api.Test;

/** L1, L2: a paragraph for every outcome, and the letter's frame names everything the applicant must read. */
class DecisionLettersTest {

    @Test
    void everyOutcomeHasItsParagraph() {
        Properties p = DecisionLetters.read();
        for (Outcome o : Outcome.values()) {
            String paragraph = p.getProperty("outcome." + o.code());
            assertNotNull(paragraph, o.code());
            assertTrue(paragraph.length() > 4, o.code());
        }
    }

    @Test
    void theFrameNamesTheApplicantTheDayTheRequestTheBasisAndBothRemedies() {
        Properties p = DecisionLetters.read();
        String letter = MessageFormat.format(p.getProperty("letter"), "张三", DecisionLetters.chinese(LocalDate.parse("2026-02-10")),
                "某文件", "", p.getProperty("outcome.1"), "见附件。", "《条例》第三十六条", "宝鸡市人民政府", "宝鸡市中级人民法院",
                "宝鸡市渭滨区人民政府", DecisionLetters.chinese(LocalDate.parse("2026-03-16")), "CODE1234");
        for (String part : new String[] {"张三：", "2026年2月10日收到", "“某文件”", "予以公开", "见附件。", "法律依据：《条例》第三十六条",
                "60日内向宝鸡市人民政府申请行政复议", "6个月内向宝鸡市中级人民法院提起行政诉讼", "2026年3月16日", "编号：CODE1234"}) {
            assertTrue(letter.contains(part), part + " in " + letter);
        }
        assertEquals("2026年12月2日", DecisionLetters.chinese(LocalDate.parse("2026-12-02")));
    }
}
