import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the ECT Support Desk icon (a graduation cap with a green tick on a blue rounded square)
 * from shapes only, so every machine renders the same pixels whatever fonts it has.
 *
 * <p>Run from the project root: {@code java packaging/icon/RenderIcon.java packaging/icon/png}
 * (then {@code packaging/icon/make-icons.sh} builds the .ico and .icns from the PNGs).
 */
public final class RenderIcon {

    private static final int[] SIZES = {16, 32, 48, 64, 128, 256, 512};
    private static final Color BLUE = new Color(0x1d, 0x70, 0xb8);
    private static final Color DARK_BLUE = new Color(0x0b, 0x0c, 0x0c, 60);
    private static final Color WHITE = Color.WHITE;
    private static final Color YELLOW = new Color(0xff, 0xdd, 0x00);
    private static final Color GREEN = new Color(0x00, 0x70, 0x3c);

    public static void main(String[] args) throws IOException {
        File folder = new File(args.length > 0 ? args[0] : "packaging/icon/png");
        if (!folder.isDirectory() && !folder.mkdirs()) {
            throw new IOException("Cannot create " + folder);
        }
        for (int size : SIZES) {
            ImageIO.write(render(size), "png", new File(folder, "ect-support-desk-" + size + ".png"));
        }
    }

    /** Geometry is drawn on a 512 x 512 grid and scaled, so all sizes share one design. */
    static BufferedImage render(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 512.0, size / 512.0);
        boolean small = size <= 32;

        g.setColor(BLUE);
        g.fill(new RoundRectangle2D.Double(16, 16, 480, 480, 112, 112));

        // Mortarboard: a flat diamond over a cap band, with a yellow tassel on larger sizes.
        Path2D band = new Path2D.Double();
        band.moveTo(150, 238);
        band.lineTo(150, 318);
        band.quadTo(256, 372, 362, 318);
        band.lineTo(362, 238);
        band.closePath();
        g.setColor(WHITE);
        g.fill(band);
        g.setColor(DARK_BLUE);
        g.fill(new Path2D.Double(new java.awt.Rectangle(150, 238, 212, 18)));

        Path2D board = new Path2D.Double();
        board.moveTo(256, 96);
        board.lineTo(456, 182);
        board.lineTo(256, 268);
        board.lineTo(56, 182);
        board.closePath();
        g.setColor(WHITE);
        g.fill(board);

        if (!small) {
            g.setColor(YELLOW);
            g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D cord = new Path2D.Double();
            cord.moveTo(256, 182);
            cord.lineTo(416, 200);
            cord.lineTo(416, 300);
            g.draw(cord);
            g.fill(new Ellipse2D.Double(400, 292, 32, 46));
        }

        // Tick badge: "support done", bottom right.
        double badge = small ? 230 : 190;
        double left = 496 - badge - (small ? 0 : 12);
        double top = 496 - badge - (small ? 0 : 12);
        g.setColor(WHITE);
        g.fill(new Ellipse2D.Double(left - 10, top - 10, badge + 20, badge + 20));
        g.setColor(GREEN);
        g.fill(new Ellipse2D.Double(left, top, badge, badge));
        g.setColor(WHITE);
        g.setStroke(new BasicStroke((float) (badge * 0.14), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D tick = new Path2D.Double();
        tick.moveTo(left + badge * 0.27, top + badge * 0.52);
        tick.lineTo(left + badge * 0.44, top + badge * 0.69);
        tick.lineTo(left + badge * 0.74, top + badge * 0.34);
        g.draw(tick);

        g.dispose();
        return image;
    }
}
