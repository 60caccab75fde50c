# an import statement with no module
import
