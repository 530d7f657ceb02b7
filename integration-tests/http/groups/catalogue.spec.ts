import { runHttpGroup } from "../../helpers/group"

runHttpGroup("catalogue")
