package org.govinbox.requests.entity;

/** How the applicant wants the information, and how the decision reaches them (Regulations Art. 29, 40). */
public enum DeliveryMethod {
    EMAIL("电子邮件"), POST("邮寄"), PICKUP("自行领取"), ONLINE("在线查看");

    private final String label;

    DeliveryMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
