package org.skillscope.api.http;

import com.fasterxml.jackson.databind.JavaType;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

import java.util.List;

/**
 * One endpoint: what Javalin registers and what the OpenAPI document describes come from the same
 * record, so the document cannot drift from the routes.
 *
 * @param query        query parameters as "name:type:description" (type int, boolean or string)
 * @param bodyExample  an example JSON body for POST routes, null for GET
 * @param responses    the answer's type (a record, or a page of records); more than one: the answer is one of them
 */
public record Route(HandlerType method, String path, String tag, String summary, List<String> query, String bodyExample, List<JavaType> responses,
                    Handler handler) {
    public Route {
        query = List.copyOf(query);
        responses = List.copyOf(responses);
        if (responses.isEmpty()) throw new IllegalArgumentException(path + ": a route names its answer's type");
    }

    static Route get(String path, String tag, String summary, List<String> query, JavaType response, Handler h) {
        return new Route(HandlerType.GET, path, tag, summary, query, null, List.of(response), h);
    }

    static Route post(String path, String tag, String summary, List<String> query, String bodyExample, List<JavaType> responses, Handler h) {
        return new Route(HandlerType.POST, path, tag, summary, query, bodyExample, responses, h);
    }
}
