package org.cbcm.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 spoken over a plain socket to the running server, for what clients will not
 * send and MockMvc does not see: a Host header of the caller's choosing, and the server's
 * own cookies and redirects as Tomcat writes them.
 */
public final class RawHttp {

	private final int port;

	private final String host;

	/**
	 * @param port the server's port on 127.0.0.1
	 * @param host the Host header every request names
	 */
	public RawHttp(int port, String host) {
		this.port = port;
		this.host = host;
	}

	/** An answer: its status, its headers by lower-case name, and its body as text. */
	public record Answer(int status, Map<String, List<String>> headers, String body) {

		public String header(String name) {
			List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
			return values.isEmpty() ? null : values.get(0);
		}

		public List<String> all(String name) {
			return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
		}

		/** The session cookie the answer sets, as a Cookie header sends it back. */
		public String sessionCookie() {
			return all("Set-Cookie").stream()
				.filter(cookie -> cookie.startsWith("JSESSIONID="))
				.map(cookie -> cookie.substring(0, cookie.indexOf(';')))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no session cookie in " + headers));
		}

		/** The CSRF token of the first form of the page. */
		public String csrfToken() {
			Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(body);
			if (!token.find()) {
				throw new IllegalStateException("no CSRF token in the page");
			}
			return token.group(1);
		}

	}

	public Answer get(String path, String... headerLines) {
		return send("GET " + path, null, headerLines);
	}

	/** Posts a form, its fields already encoded: {@code email=a%40b.org&password=x}. */
	public Answer post(String path, String form, String... headerLines) {
		return send("POST " + path, form, headerLines);
	}

	private Answer send(String requestLine, String form, String... headerLines) {
		StringBuilder request = new StringBuilder(requestLine).append(" HTTP/1.1\r\n");
		request.append("Host: ").append(host).append("\r\n").append("Connection: close\r\n");
		for (String line : headerLines) {
			request.append(line).append("\r\n");
		}
		byte[] body = (form != null) ? form.getBytes(StandardCharsets.UTF_8) : new byte[0];
		if (form != null) {
			request.append("Content-Type: application/x-www-form-urlencoded\r\n")
				.append("Content-Length: ")
				.append(body.length)
				.append("\r\n");
		}
		request.append("\r\n");
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(body);
			out.flush();
			return parse(socket.getInputStream().readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Answer parse(byte[] raw) throws IOException {
		String text = new String(raw, StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		String[] lines = text.substring(0, end).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers
				.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
						key -> new ArrayList<>())
				.add(lines[i].substring(colon + 1).strip());
		}
		byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
		if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
			body = unchunked(new java.io.ByteArrayInputStream(body));
		}
		return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
	}

	private static byte[] unchunked(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		while (true) {
			StringBuilder size = new StringBuilder();
			for (int c = in.read(); c != '\n' && c != -1; c = in.read()) {
				if (c != '\r') {
					size.append((char) c);
				}
			}
			int length = Integer.parseInt(size.toString().split(";")[0].strip(), 16);
			if (length == 0) {
				return out.toByteArray();
			}
			out.write(in.readNBytes(length));
			in.read();
			in.read();
		}
	}

}
