package org.govinbox.accounts.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.govinbox.accounts.entity.Role;

/**
 * The roles that may call the resource method (or every method of the class); a signed-in caller with
 * none of them gets 403. Without this annotation any signed-in staff member may call.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allowed {
    Role[] value();
}
