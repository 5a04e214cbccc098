package org.cbcm.web.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.cbcm.shared.CursorPage;
import org.cbcm.shared.PagedAnswer;
import org.cbcm.shared.ResultPage;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * A page of a list through the API says where the others are, as HTTP has it (RFC 8288):
 * a {@code Link} header to the {@code first}, {@code prev}, {@code next} and {@code last}
 * pages, each the same request with another {@code page} (its filters and size kept, a
 * path and query relative to the API's address, as the pages' own paging links are:
 * {@link PageLinks}), and the rows of the whole list in {@code X-Total-Count}. Links
 * longer than {@value #LONGEST} characters in all (a very long query) are left out. A
 * chunk of a list walked by cursor ({@link CursorPage}) links to the {@code next} one.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiPageLinks implements ResponseBodyAdvice<Object> {

	static final String TOTAL = "X-Total-Count";

	/** The longest {@code Link} header written, in characters. */
	static final int LONGEST = 4096;

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		Class<?> type = returnType.getParameterType();
		return ResultPage.class.isAssignableFrom(type) || CursorPage.class.isAssignableFrom(type)
				|| PagedAnswer.class.isAssignableFrom(type);
	}

	@Override
	public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType,
			MediaType selectedContentType, Class<? extends HttpMessageConverter<?>> selectedConverterType,
			ServerHttpRequest request, ServerHttpResponse response) {
		if (body instanceof CursorPage<?> chunk && chunk.next() != null
				&& request instanceof ServletServerHttpRequest servlet) {
			HttpServletRequest asked = servlet.getServletRequest();
			String header = link(new PageLinks(asked, asked.getParameterMap()).with("cursor", chunk.next()), "next");
			if (header.length() <= LONGEST) {
				response.getHeaders().add("Link", header);
			}
		}
		ResultPage<?> page = (body instanceof ResultPage<?> whole) ? whole
				: (body instanceof PagedAnswer answer) ? answer.listed() : null;
		if (page != null && request instanceof ServletServerHttpRequest servlet) {
			HttpServletRequest asked = servlet.getServletRequest();
			PageLinks links = new PageLinks(asked, asked.getParameterMap());
			List<String> link = new ArrayList<>();
			int last = Math.max(0, page.totalPages() - 1);
			link.add(link(links.to(0), "first"));
			if (page.hasPrevious()) {
				link.add(link(links.to(Math.min(page.page() - 1, last)), "prev"));
			}
			if (page.hasNext()) {
				link.add(link(links.to(page.page() + 1), "next"));
			}
			link.add(link(links.to(last), "last"));
			String header = String.join(", ", link);
			// A request with a very long query would make a header longer than servers
			// and
			// proxies take (8 kB is common): the links are left out, the page numbers
			// stay.
			if (header.length() <= LONGEST) {
				response.getHeaders().add("Link", header);
			}
			response.getHeaders().set(TOTAL, Long.toString(page.totalElements()));
		}
		return body;
	}

	private static String link(String target, String relation) {
		return "<" + target + ">; rel=\"" + relation + "\"";
	}

}
