import Link from "next/link";
import styles from "@/components/shell/page.module.css";

// Plain markup on the theme's variables: a page with nothing interactive hydrates nothing.
export default function NotFound() {
  return (
    <div className={styles.message}>
      <h1 className={styles.h1}>This page does not exist</h1>
      <p className={styles.lead}>The link may be old, or the page was moved.</p>
      <Link href="/" className={styles.button}>
        Recognise a digit
      </Link>
    </div>
  );
}
