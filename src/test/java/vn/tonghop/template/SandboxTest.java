package vn.tonghop.template;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SandboxTest {

    final FormulaEngine engine = new FormulaEngine();

    void refused(String expr, String messagePart) {
        FormulaException e = assertThrows(FormulaException.class, () -> engine.compile(expr), expr);
        assertTrue(e.getMessage().contains(messagePart), () -> expr + " → " + e.getMessage());
    }

    @Test
    void noMethodCalls() {
        refused("''.getClass()", "không được gọi phương thức");
        refused("''.getClass().forName('java.lang.Runtime')", "không được gọi phương thức");
        refused("a.toString()", "không được gọi phương thức");
    }

    @Test
    void noObjectCreation() {
        refused("new('java.io.File', 'x')", "không được tạo đối tượng");
        refused("new('java.lang.ProcessBuilder', 'sh')", "không được tạo đối tượng");
        assertFalse(new File("x").exists());
    }

    @Test
    void noAssignmentsLoopsVariablesOrFunctions() {
        refused("a = 1", "không được gán giá trị");
        refused("a += 1", "không được gán giá trị");
        refused("a++", "không được gán giá trị");
        refused("var x = 1", "sai cú pháp");
        refused("for (x : [1, 2]) { x }", "sai cú pháp");
        refused("while (true) 1", "sai cú pháp");
        refused("x -> x", "không được khai báo biến hay hàm");
        refused("function(x) { x }", "không được khai báo biến hay hàm");
        refused("a; b", "sai cú pháp");
        refused("[1, 2]", "không được dùng mảng");
        refused("math:abs(a)", "Không được gọi hàm 'abs'");
        refused("abs(a)", "Không được gọi hàm 'abs'");
    }

    @Test
    void noRegexMatching() {
        refused("ghi_chu =~ ten", "so khớp mẫu");
        refused("ghi_chu !~ '(a+)+$'", "so khớp mẫu");
        engine.compile("ghi_chu == '=~'"); // inside a string it is just text
    }

    @Test
    void noPropertyOrClassAccess() {
        refused("a.class", "thuộc tính");
        refused("''.class", "thuộc tính");
        refused("a['class']", "");
    }

    @Test
    void stringContentIsNotMistakenForACall() {
        Formula f = engine.compile("ghi_chu == 'abs(x)' ? 1 : 0");
        Map<String, Object> vars = new HashMap<>();
        vars.put("ghi_chu", "abs(x)");
        assertTrue(new BigDecimal("1").compareTo(new BigDecimal(engine.evaluate(f, vars).toString())) == 0);
    }
}
