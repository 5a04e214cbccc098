package org.cbcm.web.internal;

import java.util.Map;

import org.cbcm.shared.IfMatch;
import org.cbcm.shared.Versioned;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * A record's resource, as those who may change it read it, carries its version as a
 * strong ETag ({@code "3"}), which they give back as {@code If-Match} with a change
 * ({@link IfMatch}); so does the answer to a change, and a 409 or 412 for the record as
 * it now is. Other answers keep the weak ETag of their content that the pages' filter
 * gives them.
 */
@RestControllerAdvice(annotations = RestController.class)
class RecordEtags implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType,
			MediaType selectedContentType, Class<? extends HttpMessageConverter<?>> selectedConverterType,
			ServerHttpRequest request, ServerHttpResponse response) {
		Integer version = version(body);
		if (version != null) {
			response.getHeaders().setETag(IfMatch.etag(version));
		}
		return body;
	}

	private static @Nullable Integer version(@Nullable Object body) {
		if (body instanceof Versioned versioned) {
			return versioned.versionToChange();
		}
		if (body instanceof ProblemDetail problem) {
			Map<String, Object> properties = problem.getProperties();
			if (properties != null && properties.get("current") instanceof Versioned current) {
				return current.versionToChange();
			}
		}
		return null;
	}

}
