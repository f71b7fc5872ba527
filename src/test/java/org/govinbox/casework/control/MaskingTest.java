package org.govinbox.casework.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {

    @ParameterizedTest
    @CsvSource({"张三, 张**", "欧阳修文, 欧**", "' 李 ', 李**", "Li Ming, L**"})
    void names(String name, String masked) {
        assertEquals(masked, Masking.name(name));
    }

    @Test
    void phones() {
        assertEquals("138****8000", Masking.phone("13812348000"));
    }

    @Test
    void freeTextLosesIdNumbersEmailsAndFullMobiles() {
        String masked = Masking.text("我叫张三，身份证610302199001011234，电话13812348000，邮箱zs@example.com，订单号123456。");
        assertEquals("我叫张三，身份证[身份证号已隐去]，电话138****8000，邮箱[邮箱已隐去]，订单号123456。", masked);
        assertFalse(Masking.text("身份证号 61030219900101123X").contains("61030219900101123X"));
    }

    @Test
    void aPublicationMasksThePeoplesNamesWhereverTheyOccurButNotSingleCharacters() {
        assertEquals("李**同志：您好！欧**反映的问题……电话139****5678。",
                Masking.publication("李华同志：您好！欧阳小明反映的问题……电话13912345678。", java.util.List.of("李华", "欧阳小明", "王")));
        assertEquals("王先生", Masking.publication("王先生", java.util.List.of("王")));
        assertEquals(null, Masking.publication(null, java.util.List.of("李华")));
    }
}
