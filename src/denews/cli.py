"""Placeholder CLI (replaced shortly)."""
def main() -> int:
    return 0
