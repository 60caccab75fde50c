# Once the warnings module is imported it shows warnings itself, with the
# source line that linecache finds.
import warnings

def deprecated_api():
    warnings.warn("deprecated_api() is deprecated", DeprecationWarning, stacklevel=2)

warnings.warn("shown with its source line")
deprecated_api()
warnings.warn("a future change", FutureWarning)
