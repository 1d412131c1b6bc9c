package vn.tonghop.export;

/** A generated file: the name the user sees (Vietnamese), its content type and bytes. */
public record ExportFile(String name, String contentType, byte[] body) {
}
