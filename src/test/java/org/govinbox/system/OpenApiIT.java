package org.govinbox.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.restassured.path.json.JsonPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API document is whole: every resource method of the product appears under {@code paths} with its HTTP
 * method, its path and query parameters, and a request body when it takes one — compared with the resource
 * classes themselves, so that a new endpoint cannot be left out.
 */
class OpenApiIT {

    @BeforeAll
    static void ready() {
        Server.awaitReady();
    }

    @Test
    void everyResourceMethodIsDocumentedWithItsParametersAndBody() {
        JsonPath document = io.restassured.RestAssured.given().baseUri(Server.BASE).accept("application/json")
                .get("/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Object> paths = document.getMap("paths");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (JavaClass resource : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.govinbox")) {
            Class<?> type = resource.reflect();
            if (!type.isAnnotationPresent(Path.class)) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                operations++;
                String path = path(type, method);
                @SuppressWarnings("unchecked")
                Map<String, Object> item = (Map<String, Object>) paths.get(path);
                @SuppressWarnings("unchecked")
                Map<String, Object> operation = item == null ? null : (Map<String, Object>) item.get(verb);
                if (operation == null) {
                    missing.add(verb.toUpperCase(Locale.ROOT) + " " + path);
                    continue;
                }
                List<String> documented = new ArrayList<>();
                for (Object p : (List<?>) operation.getOrDefault("parameters", List.of())) {
                    documented.add(String.valueOf(((Map<?, ?>) p).get("name")));
                }
                for (Parameter parameter : method.getParameters()) {
                    String name = parameter.isAnnotationPresent(PathParam.class) ? parameter.getAnnotation(PathParam.class).value()
                            : parameter.isAnnotationPresent(QueryParam.class) ? parameter.getAnnotation(QueryParam.class).value() : null;
                    if (name != null && !documented.contains(name)) {
                        missing.add(verb.toUpperCase(Locale.ROOT) + " " + path + " parameter " + name);
                    }
                    if (parameter.getAnnotations().length == 0 && consumes(type, method) && !operation.containsKey("requestBody")) {
                        missing.add(verb.toUpperCase(Locale.ROOT) + " " + path + " request body");
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "of " + operations + " resource methods");
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static boolean consumes(Class<?> type, Method method) {
        return method.isAnnotationPresent(Consumes.class) || type.isAnnotationPresent(Consumes.class);
    }

    private static String path(Class<?> type, Method method) {
        String path = "/api/" + type.getAnnotation(Path.class).value()
                + (method.isAnnotationPresent(Path.class) ? "/" + method.getAnnotation(Path.class).value() : "");
        path = path.replaceAll("\\{([A-Za-z]+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    }
}
