package org.govinbox.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A key the application made for itself on first use (e.g. for query secrets); never shown or logged. */
@Entity
@Table(name = "app_secret")
public class AppSecret {

    @Id
    private String name;

    @Column(nullable = false)
    private String value;

    protected AppSecret() {
    }

    public AppSecret(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String value() {
        return value;
    }
}
